/**
 * Given names common in international news, so that an unknown "Given Family" pair can
 * be taken for a person. Lowercase, space-separated.
 */
export const GIVEN_NAMES = new Set(
  `
aaron abdul abdullah abdel abu adam adrian ahmad ahmed akira alan albert alberto alejandro aleksandr aleksei alex
alexander alexandre alexei alexey ali alice alicia alison amanda amir amy ana anatoly andre andrea andreas andrei
andrew andrey andriy andrzej angela angelo ann anna anne annie anthony antonio arnold arthur ashley ayman barbara
barry ben benjamin bernard beth betty bill bob boris brad brandon brian bruce bruno carl carla carlos carol caroline
catherine charles charlie chen chris christian christina christine christopher claire claude claudia colin craig
daniel daniele danny dara darren david dean deborah denis dennis diana diego dmitri dmitry dominic donald donna
doug douglas dylan ed eddie edward elena elizabeth ellen emily emma emmanuel enrique eric erik eva evan fatima
felipe fernando francesco francis francisco frank franz fred frederick gabriel gary george georgi gerald gerhard
giorgio giovanni giuseppe glenn gordon grace graham greg gregory guillaume gustavo hamid hans harold harry hassan
heather heinz helen henri henry hiroshi hugh hugo hussein ian igor imran isaac ivan jack jacob jacques james jamie
jan jane janet jason javier jean jeff jeffrey jennifer jens jeremy jerry jessica jim jimmy joan joanna joe joel johan
johann john johnny jonathan jorge jose josef joseph josh joshua juan julia julian julie justin karen karim karl kate
katherine kathleen keith kelly ken kenneth kevin khalid kim kirill klaus kristen kurt larry laura lauren lawrence
lee leon leonardo linda lisa liz louis lucas luis luke lynn maria marc marco marcus margaret maria marie mario mark
martin mary matt matthew maurice max maxim megan mehmet michael michel michelle miguel mikhail mike mohamed mohammad
mohammed muhammad nancy natalia nathan neil nicholas nick nicola nicolas nikolai nikos nina noah norman oleg oleksandr
oliver omar oscar pablo pamela patricia patrick paul paula pedro peter philip philippe pierre rachel rafael rahul
ralph ramon randy raul ray raymond rebecca richard rick rob robert roberto robin roger roman ron ronald rose ross
roy ruth ryan said salim sam samuel sandra sara sarah scott sean sebastian serge sergei sergey sergio shane sharon
simon stefan stephanie stephen steve steven stuart susan tariq ted terry thomas tim timothy todd tom tomas tony
tyler valentin valery vasily victor victoria viktor vincent vladimir volodymyr walter wang wayne william xavier
yang yevgeny yosef youssef yuri yusuf zhang avi yossi moshe saeb mahmoud nabil riyad ismail khaled
abdel abdallah osama mustafa ibrahim yasser naftali yair ehud ariel shimon anas sirajuddin zabihullah jalaluddin
hamdan nguyen ngo tran pham hoang kumar raj amit sunil priya
abbas abdelaziz abdulaziz abdulla adel adnan ahmet akbar ala alaa amin amina amr anwar arif asad ashraf ayesha aziz
bashar bassam bilal fadi faisal farid farouk fawzi fuad ghassan habib hadi hafez haider hakim hamza hani haroun
hasan hisham hossein hussain issa jamal jawad kamal karima khalil laila leila mahdi majid malik mansour marwan
masoud mehdi mohsen mona muhammed munir mustafa nabil nadia nasser nawaz nizar nouri omar qasim rami rashid reza
riad saad saeed safa sahar salah saleh salman sami samir sayed shadi sharif suleiman tamer tarek walid wael yahya
yasin yasmin youssef zaid zainab zayed ziad abdul-aziz amjad anis asif atif babar fahad fakhar farhan haris hamid
iftikhar ijaz imad inzamam irfan javed junaid kamran khurram mehmood mohsin mushtaq naveed nadeem naeem pervez
qamar rizwan sajid saqib shahid shoaib sohail tahir tanvir umar usman waqar wasim younis zafar zahid
aleksandar aleksander andrej anton arkady artem bogdan borislav dmytro dragan evgeny fyodor gennady grigory ilya
kostas leonid lev lubomir maksim milan milos miroslav nikita nikolay oksana olga pavel petr petro radek roman ruslan
stanislav svetlana taras tatiana tatyana valentina vadim vitaly vitali vladislav vyacheslav yaroslav yulia yury zoran
alessandro alvaro andres angel antoine aurelio benoit carmen cesar christophe cristina dario eduardo emilio enzo
esteban fabio federico felix franco gael gerard gonzalo guido guillermo hector ignacio ines isabel jaime jesus joaquin
jordi juanita laurent lorenzo lucia luigi manuel marcel marcelo mariano matteo mauricio nicolas olivier pascal
patrice pilar ramiro ricardo rodrigo rosa salvador santiago silvio stephane teresa thierry umberto valentin vicente
yves
ahn bae cho choi chung han hwang jang jeon jung kang ko kwon lim moon oh park seo shin song yoo yoon hyun jae min
seung sung young hiroshi kenji koji masahiro naoto shinzo taro yoshihide fumio shigeru yukio junichiro
li liu zhao zhou wu xu sun ma hu guo he gao lin luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong
yuan pan jiang cai jia wei xiaoping jinping keqiang
abiola adebayo ade babatunde chidi emeka goodluck jomo kofi kwame kwesi mamadou moussa nana ngozi nelson oluwaseun
olusegun paul samuel thabo uhuru yoweri cyril jacob thabo
aarav abhishek ajay akash amar anand anil arjun arun ashok deepak gaurav harish jaswant karan krishna lalit manmohan
mohan narendra nitin pranab prakash rajesh rajiv rakesh ramesh ravi sachin sanjay santosh shyam sonia subramanian
suresh vijay vikram vinod yogi
adriana agnieszka aleksandra alexandra andrea angelika anja annalena antonia astrid beatrix birgit brigitte camille
charlotte christa claudine dagmar daniela dorota elisabeth elke emmanuelle eszter francoise gabriele gertrud greta
hanna hannelore helga ilse ingrid irina isabelle jadwiga johanna jolanta judith karin katarzyna katharina kristina
larissa liesl lotte magdalena malgorzata margarethe marina marta martina mette monika natasha nathalie petra renate
sabine sandrine silvia simone sofia sophie stefanie susanne sylvie ursula valerie vera veronika yvonne zofia
abigail alexis amber andrea april audrey brenda brittany candace carolyn cheryl chloe cindy courtney crystal dana
danielle debbie denise diane dolores doris dorothy edith eileen elaine ella erica erin esther evelyn florence frances
gail gloria hailey hannah hillary holly irene jackie jacqueline jean jill jo joanne josephine joyce judy june kamala
karla kathy katie kay kim kimberly kristi lara leslie lillian lily lindsey lois loretta lori lucy madeleine marcia
margaret marilyn marjorie martha maxine melanie melissa michele mildred miriam molly nicole nikki nora olivia peggy
penny phyllis priscilla rita roberta robin rosemary samantha shannon sheila shirley stacey sue susie suzanne sylvia
tammy tanya teresa theresa tiffany tina tracy valerie vanessa vicki virginia wanda wendy
al alfred allen andy angus archie austin benny bernie bert billy blake bobby boyd brett bryan calvin cameron casey
cecil chad chester chuck clarence clark clay clifford clint clyde cody connor curtis dale dallas dan darrell dave
derek devin dick don duncan dustin dwight earl edgar edwin elliott elmer ernest eugene everett floyd forrest francis
franklin gene gilbert glen gordon grant guy hank harvey herbert herman homer howard hunter ira jake jared jay jeremiah
jesse jon jonah jose kyle lance leo leonard leroy leslie lester lewis lloyd lonnie louie lowell luther lyle
malcolm marshall marvin maurice melvin mitch mitchell morgan murray neal ned nelson newt norm oliver orrin otis owen
pat percy perry pete phil preston quentin ralph randall reggie rex rhys richie rod rodney rudy russell rusty sal
seth sheldon sherman sidney spencer stan stanley sterling ted terrence theo theodore tobias trevor troy vance vernon
vic wade wallace warren wesley wilbur willard willie winston woody zachary
aidan aiden brendan ciaran colm conor declan dermot eamon eamonn fergal kieran liam niall oisin padraig ronan seamus
shane sinead siobhan aoife niamh orla mick micky kenny nolan loren payne donovan rory
ansgar bernd dieter egon florian frank fritz gunter gunther hartmut helmut horst jens jochen jorg jurgen kai lars
lothar lukas manfred markus matthias mathias michael niklas norbert oskar rainer reinhard rolf rudiger sebastian stefan
stephan steffen sven thorsten tobias torsten udo ulrich uwe volker wilhelm wolfgang falk
aad arjen bart bas dirk edwin frans gerrit hendrik henk jaap jeroen joost kees klaas maarten pieter rik ruud sander
wim wout
anders bjorn bo erik fredrik geir gunnar hakan henrik ingvar jesper jonas kjell lasse leif magnus mats mikael morten
nils ola olav ole per rasmus stig svein terje thor tomas torbjorn ulf
alessio andrea antonella carlo cristiano davide emanuele fabrizio filippo franco gianluca gianni giacomo giulio lorenzo
luca marcello massimo mauro michele paolo pietro raffaele renato riccardo roberto salvatore sandro simone stefano
tommaso vincenzo
alfonso alvaro conchita eduardo emilio enrique esteban felipe fernando gerardo gonzalo ignacio inaki javier joaquin
jordi josep julio marcos mariano miguel pablo pau ramon raul rodrigo santiago sergio xavi
afonso bruno diogo duarte goncalo joao luis nuno paulo rui tiago vitor
adrian alexandru andrei bogdan catalin cosmin cristian dan dorin florin gheorghe ilie ion ionut lucian marius mihai
mircea nicolae ovidiu radu sorin stefan traian vasile victor viorel
andreas christos dimitris dimitrios georgios giorgos ioannis kostas konstantinos nikos panagiotis spyros stavros
thanasis vassilis yannis
aivars andris arturas darius danius gintaras janis juris linas mindaugas rimantas saulius tomas valdas vytautas
adler marion merlene davidson
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Surnames shared by many people. A person in the gazetteer whose surname is one of these
 * is not taken from the surname alone ("Austin", "Ahmed", "Graham"); the surname still
 * joins the person when the full name stands earlier on the page.
 */
export const COMMON_SURNAMES = new Set(
  `
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson white harris
clark lewis walker hall allen king wright scott green baker adams nelson hill campbell mitchell roberts carter
phillips evans turner parker collins edwards stewart morris murphy cook rogers morgan cooper peterson bailey reed
kelly howard cox ward richardson watson brooks wood james bennett gray grey hughes price sanders myers long ross
foster powell jenkins perry russell sullivan bell coleman butler henderson barnes fisher graham austin bolton
marshall little young lee wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin kim park choi
jung kang cho khan ali ahmed ahmad hussain hassan mohammed muhammad rahman singh kumar sharma patel shah garcia
rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz castro michel
petit dubois durand moreau laurent simon lefebvre muller mueller schmidt schneider fischer weber meyer wagner becker
schulz hoffmann ivanov smirnov popov nguyen tran le pham cohen levy friedman
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Family names written first (Chinese, Korean, Vietnamese): after "Wang Junxia" the story
 * says "Wang", not "Junxia".
 */
export const FAMILY_FIRST = new Set(
  `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan
jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long shao wan gu lai kong
kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong moon
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Given names common in international news, so that an unknown "Given Family" pair can
 * be taken for a person. Lowercase, space-separated.
 */
export const GIVEN_NAMES = new Set(`
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
`.split(/\s+/).filter(Boolean));

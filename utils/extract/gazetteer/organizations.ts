/**
 * Organizations and groups: `Name|aliases|description`, in blocks by type. Acronyms
 * match only in capitals ("NSA", not "nsa"); see gazetteer/index.ts.
 */
export const ORGANIZATIONS = `
Pentagon|Department of Defense;Defense Department;US Department of Defense;DoD;Department of War;War Department|US Department of Defense
US Cyber Command|Cyber Command;CYBERCOM;USCYBERCOM;U.S. Cyber Command|US military command for cyberspace operations
National Security Agency|NSA|US signals intelligence agency
Central Intelligence Agency|CIA|US foreign intelligence agency
Federal Bureau of Investigation|FBI|US federal law enforcement and counterintelligence agency
Cybersecurity and Infrastructure Security Agency|CISA|US civilian cyber defence agency
Department of Homeland Security|DHS;Homeland Security Department|US homeland security department
State Department|Department of State;US State Department;U.S. State Department|US foreign ministry
Treasury Department|US Treasury;Department of the Treasury|US finance ministry; administers sanctions
Office of Foreign Assets Control|OFAC|US Treasury sanctions office
Department of Justice|Justice Department;DOJ|US justice ministry
Office of the Director of National Intelligence|ODNI|US intelligence community coordinator
National Security Council|NSC|US president's national security staff
White House|the White House|Office of the US president
Trump administration|Trump Administration|US executive branch under Donald Trump
Biden administration|Biden Administration|US executive branch under Joe Biden
Obama administration|Obama Administration|US executive branch under Barack Obama
Congress|US Congress;U.S. Congress|US legislature
Senate|US Senate;U.S. Senate|Upper house of the US Congress
House of Representatives|US House|Lower house of the US Congress
Joint Chiefs of Staff|Joint Chiefs|Senior US military leaders
United States Armed Forces|US military;U.S. military;US armed forces;US troops;U.S. troops;US forces;U.S. forces;American forces;American troops;American military|US military
US Army|U.S. Army|US land force
US Navy|U.S. Navy|US naval force
US Air Force|U.S. Air Force|US air force
US Marine Corps|Marine Corps;U.S. Marine Corps|US marine force
US Space Force|Space Force|US space force
US Coast Guard|U.S. Coast Guard|US maritime security service
US Central Command|CENTCOM;Central Command|US command for the Middle East
US Indo-Pacific Command|INDOPACOM;Indo-Pacific Command|US command for the Indo-Pacific
US European Command|EUCOM|US command for Europe
US Africa Command|AFRICOM|US command for Africa
Special Operations Command|SOCOM|US special operations command
Defense Intelligence Agency|DIA|US military intelligence agency
Secret Service|US Secret Service|US protective service
USAID|US Agency for International Development|US aid agency
Department of Energy|Energy Department|US energy department (nuclear weapons)
GRU|Main Intelligence Directorate;Russian military intelligence|Russian military intelligence
FSB|Federal Security Service|Russian domestic security service
SVR|Foreign Intelligence Service of Russia|Russian foreign intelligence service
Russian Defence Ministry|Russian Defense Ministry;Russian Ministry of Defence|Russia's defence ministry
Russian Foreign Ministry|Russian Ministry of Foreign Affairs|Russia's foreign ministry
Roskomnadzor||Russian internet and media regulator
Rosatom||Russian state nuclear corporation
Gazprom||Russian state gas company
SBU|Security Service of Ukraine|Ukraine's security service
HUR|Main Directorate of Intelligence;Ukrainian military intelligence|Ukraine's military intelligence
Verkhovna Rada|Rada|Parliament of Ukraine
Armed Forces of Ukraine||Ukraine's military
Ministry of State Security|MSS|China's intelligence and security ministry
People's Liberation Army|PLA|China's armed forces
PLA Navy|People's Liberation Army Navy|China's navy
Chinese Communist Party|CCP;Communist Party of China;CPC|China's ruling party
Huawei||Chinese technology company
ByteDance||Chinese technology company, owner of TikTok
TikTok||Video platform owned by ByteDance
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard|Iran's ideological armed force
Quds Force||IRGC external operations branch
Ministry of Intelligence|MOIS|Iran's intelligence ministry
Israel Defense Forces|IDF;Israeli military|Israel's armed forces
Mossad||Israel's foreign intelligence agency
Shin Bet|Shabak|Israel's domestic security service
Unit 8200||Israeli signals intelligence unit
Knesset||Parliament of Israel
Palestinian Authority||Palestinian self-government
Reconnaissance General Bureau|RGB|North Korea's intelligence agency
GCHQ|Government Communications Headquarters|UK signals intelligence agency
National Cyber Security Centre|NCSC|UK cyber security authority
MI5|Security Service|UK domestic security service
MI6|Secret Intelligence Service;SIS|UK foreign intelligence service
Ministry of Defence|MoD|UK defence ministry
Foreign Office|Foreign, Commonwealth and Development Office;FCDO|UK foreign ministry
Bundeswehr||German armed forces
BND|Federal Intelligence Service|German foreign intelligence service
BSI|Federal Office for Information Security|German cyber security authority
ANSSI||French cyber security agency
DGSE||French foreign intelligence service
ISI|Inter-Services Intelligence|Pakistan's intelligence agency
Afghan National Army|ANA|Afghanistan's army (to 2021)
Syrian Democratic Forces|SDF|Kurdish-led force in Syria
Rapid Support Forces|RSF|Sudanese paramilitary force
United Nations|UN;U.N.|Intergovernmental organization
UN Security Council|Security Council;United Nations Security Council;UNSC|UN body for peace and security
UN High Commissioner for Human Rights|United Nations High Commissioner for Human Rights;OHCHR|UN human rights office
UN General Assembly|General Assembly;United Nations General Assembly|UN deliberative body
UN Human Rights Council|Human Rights Council|UN human rights body
UNHCR|UN refugee agency|UN refugee agency
UNICEF||UN children's agency
UNRWA||UN agency for Palestinian refugees
World Food Programme|WFP|UN food agency
International Atomic Energy Agency|IAEA|UN nuclear watchdog
World Health Organization|WHO|UN health agency
International Monetary Fund|IMF|Intergovernmental lender
World Bank||Intergovernmental development bank
World Trade Organization|WTO|Intergovernmental trade body
NATO|North Atlantic Treaty Organization;Nato|Western military alliance
European Union|EU;E.U.|Union of 27 European states
European Commission||EU executive
European Council||EU heads of government
European Parliament||EU parliament
Council of the European Union|Council of the EU|EU ministers' council
European Central Bank|ECB|Euro area central bank
Europol||EU police agency
Interpol||International police organization
OSCE|Organization for Security and Co-operation in Europe|European security organization
International Criminal Court|ICC|Court for war crimes and genocide
International Court of Justice|ICJ;World Court|UN's principal court
African Union|AU|Union of African states
ASEAN|Association of Southeast Asian Nations|Southeast Asian states' association
Arab League||League of Arab states
Gulf Cooperation Council|GCC|Gulf states' council
G7|Group of Seven|Group of seven major economies
G20|Group of 20|Group of twenty major economies
BRICS||Group of emerging economies
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|Eurasian security organization
OPEC||Oil exporters' cartel
Red Cross|International Committee of the Red Cross;ICRC|Humanitarian organization
Amnesty International||Human rights organization
Human Rights Watch|HRW|Human rights organization
Doctors Without Borders|MSF;Médecins Sans Frontières|Medical charity
Microsoft||US technology company; threat intelligence
Google||US technology company
Alphabet||Parent company of Google
Mandiant||Google's threat intelligence unit
CrowdStrike||US cyber security company
Palo Alto Networks|Unit 42|US cyber security company
Recorded Future||Threat intelligence company
Kaspersky|Kaspersky Lab|Russian cyber security company
ESET||Slovak cyber security company
SentinelOne||US cyber security company
Cisco Talos|Talos|Cisco's threat intelligence unit
Check Point||Israeli cyber security company
Meta|Facebook|US social media company
OpenAI||US AI company
Anthropic||US AI company
Apple||US technology company
Amazon||US technology company
SpaceX||US space company
Starlink||SpaceX satellite internet service
Twitter||Social media platform, renamed X in 2023
Telegram||Messaging platform
SolarWinds||US software company, breached in 2020
Colonial Pipeline||US fuel pipeline operator, hit by ransomware in 2021
Lockheed Martin||US defence contractor
Raytheon|RTX|US defence contractor
Boeing||US aerospace and defence company
Northrop Grumman||US defence contractor
Palantir||US data analytics and defence company
Reuters||News agency
Associated Press|AP|News agency
Agence France-Presse|AFP|News agency
Bloomberg||News organization
CNN||News network
BBC||British broadcaster
Al Jazeera||Qatari news network
The New York Times|New York Times|Newspaper
The Washington Post|Washington Post|Newspaper
The Wall Street Journal|Wall Street Journal|Newspaper
The Guardian||Newspaper
Financial Times||Newspaper
Politico||News organization
The Record||Cyber security news site
TASS||Russian state news agency
RIA Novosti||Russian state news agency
RT|Russia Today|Russian state broadcaster
Xinhua||Chinese state news agency
KCNA|Korean Central News Agency|North Korean state news agency
IRNA||Iranian state news agency
WikiLeaks||Leak publishing organization
Republican Party|Republicans;GOP|US political party
Democratic Party|Democrats|US political party
United Russia||Russia's ruling party
Likud||Israeli political party
`;

export const GROUPS = `
Taliban|the Taliban;Taleban|Islamist movement ruling Afghanistan since 2021
Hamas||Palestinian Islamist movement and armed group
Hezbollah|Hizbollah;Hizballah|Lebanese Shiite movement and armed group
Houthis|Houthi;Ansar Allah;Houthi rebels|Yemeni armed movement
Islamic State|ISIS;ISIL;Daesh;Islamic State group;Islamic State of Iraq and Syria|Jihadist group
Islamic State Khorasan|ISIS-K;ISKP|Islamic State branch in Afghanistan and Pakistan
al-Qaeda|al Qaeda;Al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida|Jihadist network
al-Shabab|al-Shabaab;Al-Shabaab;Al-Shabab|Somali jihadist group
Boko Haram||Nigerian jihadist group
Haqqani network|Haqqani Network|Afghan militant network allied with the Taliban
Hayat Tahrir al-Sham|HTS|Syrian Islamist armed group
Palestinian Islamic Jihad|Islamic Jihad|Palestinian armed group
Wagner Group|Wagner;PMC Wagner|Russian private military company
Africa Corps||Russian paramilitary force in Africa
PKK|Kurdistan Workers' Party|Kurdish armed group
YPG|People's Protection Units|Syrian Kurdish militia
Kataib Hezbollah|Kata'ib Hezbollah|Iraqi Shiite militia
Popular Mobilization Forces|PMF|Iraqi state-sponsored militias
Jaish-e-Mohammed|JeM|Pakistani militant group
Lashkar-e-Taiba|LeT|Pakistani militant group
Tehrik-i-Taliban Pakistan|TTP;Pakistani Taliban|Pakistani militant group
M23|March 23 Movement|Congolese rebel group
Azov|Azov Brigade;Azov Regiment|Ukrainian military unit
Proud Boys||US far-right group
APT28|Fancy Bear;Sofacy;STRONTIUM;Forest Blizzard;Sednit;Pawn Storm;Unit 26165|Russian GRU hacking group
APT29|Cozy Bear;Midnight Blizzard;Nobelium|Russian SVR hacking group
Sandworm|Seashell Blizzard;Voodoo Bear;Unit 74455;APT44|Russian GRU hacking group
Turla|Venomous Bear;Secret Blizzard|Russian FSB hacking group
Gamaredon|Primitive Bear;Aqua Blizzard|Russian FSB hacking group
Cadet Blizzard|Ember Bear;Unit 29155|Russian GRU hacking group
Star Blizzard|Cold River|Russian FSB-linked hacking group
Killnet||Pro-Russian hacktivist group
NoName057(16)|NoName057|Pro-Russian hacktivist group
Lazarus Group|Lazarus;Hidden Cobra;Diamond Sleet|North Korean state hacking group
Kimsuky|Velvet Chollima;Emerald Sleet;APT43|North Korean state hacking group
Andariel|Onyx Sleet|North Korean state hacking group
APT38|BlueNoroff;Sapphire Sleet|North Korean financially motivated hacking group
APT41|Double Dragon;Wicked Panda;Brass Typhoon|Chinese state-linked hacking group
APT40|Gingham Typhoon|Chinese MSS-linked hacking group
APT31|Zirconium;Violet Typhoon|Chinese MSS-linked hacking group
APT10|Stone Panda;MenuPass|Chinese MSS-linked hacking group
Volt Typhoon|Bronze Silhouette;Vanguard Panda|Chinese state hacking group targeting US infrastructure
Salt Typhoon|GhostEmperor;FamousSparrow|Chinese state hacking group targeting telecoms
Flax Typhoon||Chinese state-linked hacking group
Silk Typhoon|Hafnium|Chinese state-linked hacking group
Charming Kitten|APT35;Mint Sandstorm|Iranian IRGC-linked hacking group
APT33|Peach Sandstorm|Iranian state-linked hacking group
APT34|OilRig;Hazel Sandstorm|Iranian state-linked hacking group
MuddyWater|Mango Sandstorm|Iranian MOIS-linked hacking group
CyberAv3ngers||IRGC-linked hacking group
Predatory Sparrow|Gonjeshke Darande|Hacking group attacking Iran
Scattered Spider|Octo Tempest;UNC3944|Criminal hacking group
LockBit||Ransomware gang
Conti||Ransomware gang
BlackCat|ALPHV|Ransomware gang
Cl0p|Clop|Ransomware gang
REvil|Sodinokibi|Ransomware gang
DarkSide||Ransomware gang
Equation Group||Hacking group linked to the NSA
Shadow Brokers||Group that leaked NSA hacking tools
`;

/**
 * People in the news of this domain: `Name|aliases|role`. The surname alone is an alias
 * automatically (last word of the name) unless the line starts with "!" (names whose
 * family name comes first, or surnames shared by several people here) or the surname is
 * a common one (COMMON_SURNAMES in names.ts).
 * Roles carry years so that a card stays true after a term ends.
 */
export const PEOPLE = `
Donald Trump|Donald J. Trump;President Trump|US President (2017–2021, 2025–)
JD Vance|J.D. Vance;Vice President Vance|US Vice President (2025–)
Pete Hegseth|Peter Hegseth;Secretary Hegseth|US Secretary of Defense (2025–)
Marco Rubio|Secretary Rubio|US Secretary of State (2025–)
Tulsi Gabbard||US Director of National Intelligence (2025–)
John Ratcliffe||CIA Director (2025–)
Kash Patel||FBI Director (2025–)
Kristi Noem||US Secretary of Homeland Security (2025–)
Mike Waltz|Michael Waltz|US National Security Adviser (2025), then UN ambassador nominee
Steve Witkoff|Steven Witkoff|US special envoy for peace missions (2025–)
Keith Kellogg||US special envoy for Ukraine and Russia (2025)
Scott Bessent||US Treasury Secretary (2025–)
Howard Lutnick||US Commerce Secretary (2025–)
Elon Musk||Businessman; led DOGE in 2025
Susie Wiles||White House Chief of Staff (2025–)
Karoline Leavitt||White House Press Secretary (2025–)
Dan Caine|Gen. Dan Caine|Chairman of the Joint Chiefs of Staff (2025–)
Joe Biden|Joseph R. Biden;President Biden|US President (2021–2025)
Kamala Harris||US Vice President (2021–2025)
Antony Blinken|Tony Blinken|US Secretary of State (2021–2025)
Lloyd Austin||US Secretary of Defense (2021–2025)
Jake Sullivan||US National Security Adviser (2021–2025)
Avril Haines||US Director of National Intelligence (2021–2025)
William Burns|Bill Burns|CIA Director (2021–2025)
Christopher Wray|Chris Wray|FBI Director (2017–2025)
Mark Milley|Gen. Mark Milley|Chairman of the Joint Chiefs of Staff (2019–2023)
!Charles Q. Brown|CQ Brown|Chairman of the Joint Chiefs of Staff (2023–2025)
Jen Easterly||CISA Director (2021–2025)
Paul Nakasone||NSA Director and head of US Cyber Command (2018–2024)
Timothy Haugh||NSA Director and head of US Cyber Command (2024–2025)
Barack Obama|President Obama|US President (2009–2017)
George W. Bush||US President (2001–2009)
!Bill Clinton||US President (1993–2001)
!Hillary Clinton||US Secretary of State (2009–2013)
Mike Pompeo||US Secretary of State (2018–2021)
Mark Esper||US Secretary of Defense (2019–2020)
Jim Mattis|James Mattis|US Secretary of Defense (2017–2019)
John Bolton||US National Security Adviser (2018–2019)
Rex Tillerson||US Secretary of State (2017–2018)
Zalmay Khalilzad||US special envoy for Afghanistan (2018–2021)
Mike Pence||US Vice President (2017–2021)
Nancy Pelosi||Speaker of the US House (2007–2011, 2019–2023)
Mike Johnson|Speaker Johnson|Speaker of the US House (2023–)
Chuck Schumer||US Senate Democratic leader
Mitch McConnell||US Senator, Senate Republican leader (2007–2025)
John Thune||US Senate Majority Leader (2025–)
Lindsey Graham||US Senator (South Carolina)
Vladimir Putin|President Putin;Vladimir V. Putin|President of Russia
Dmitry Peskov||Kremlin spokesman
Sergei Lavrov|Sergey Lavrov|Foreign Minister of Russia (2004–)
Sergei Shoigu|Sergey Shoigu|Secretary of Russia's Security Council (2024–); Defence Minister (2012–2024)
Andrei Belousov|Andrey Belousov|Defence Minister of Russia (2024–)
Valery Gerasimov||Chief of the Russian General Staff (2012–)
Dmitry Medvedev||Deputy chairman of Russia's Security Council; President (2008–2012)
Yevgeny Prigozhin||Founder of the Wagner Group (died 2023)
Alexei Navalny|Alexey Navalny|Russian opposition leader (died 2024)
Maria Zakharova||Russian Foreign Ministry spokeswoman
Kirill Dmitriev||Head of the Russian Direct Investment Fund; Putin's envoy (2025)
Yuri Ushakov||Kremlin foreign policy aide
Volodymyr Zelensky|Volodymyr Zelenskyy;Zelenskyy;Zelenskiy;President Zelensky|President of Ukraine (2019–)
Andriy Yermak|Andriy Yermak|Head of Ukraine's Presidential Office (2020–2025)
Dmytro Kuleba||Foreign Minister of Ukraine (2020–2024)
Andrii Sybiha|Andriy Sybiha|Foreign Minister of Ukraine (2024–)
Rustem Umerov||Defence Minister of Ukraine (2023–2025); security council secretary
Oleksandr Syrskyi|Syrsky;Oleksandr Syrsky|Commander-in-Chief of Ukraine's armed forces (2024–)
Valerii Zaluzhnyi|Zaluzhny;Valery Zaluzhny|Commander-in-Chief of Ukraine's armed forces (2021–2024)
Kyrylo Budanov||Head of Ukraine's military intelligence (HUR)
Yulia Svyrydenko||Prime Minister of Ukraine (2025–)
Denys Shmyhal||Prime Minister of Ukraine (2020–2025)
Alexander Lukashenko|Aleksandr Lukashenko;Lukashenka|President of Belarus
!Xi Jinping|Xi;President Xi|President of China, General Secretary of the CCP
!Wang Yi|Wang Yi|Foreign Minister of China
!Li Qiang||Premier of China (2023–)
!Dong Jun||Defence Minister of China (2023–)
!Kim Jong Un|Kim Jong-un;Kim Jong-Un|Supreme Leader of North Korea
!Kim Yo Jong|Kim Yo-jong|Senior North Korean official, sister of Kim Jong Un
Ali Khamenei|Ayatollah Ali Khamenei;Ayatollah Khamenei|Supreme Leader of Iran
Masoud Pezeshkian||President of Iran (2024–)
Abbas Araghchi||Foreign Minister of Iran (2024–)
Ebrahim Raisi||President of Iran (2021–2024)
Hassan Rouhani||President of Iran (2013–2021)
Javad Zarif|Mohammad Javad Zarif|Foreign Minister of Iran (2013–2021)
Qassem Soleimani|Qasem Soleimani|IRGC Quds Force commander (killed 2020)
Benjamin Netanyahu|Bibi Netanyahu|Prime Minister of Israel
Isaac Herzog||President of Israel (2021–)
Israel Katz||Defence Minister of Israel (2024–)
Yoav Gallant||Defence Minister of Israel (2022–2024)
Gideon Saar|Gideon Sa'ar|Foreign Minister of Israel (2024–)
Benny Gantz||Israeli politician, former defence minister
Itamar Ben-Gvir||Israeli National Security Minister
Bezalel Smotrich||Israeli Finance Minister
Yahya Sinwar||Hamas leader (killed 2024)
Ismail Haniyeh||Hamas political leader (killed 2024)
Mahmoud Abbas||President of the Palestinian Authority
Hassan Nasrallah||Hezbollah secretary-general (killed 2024)
Naim Qassem||Hezbollah secretary-general (2024–)
Recep Tayyip Erdogan|Erdogan;Erdoğan;Recep Tayyip Erdoğan|President of Turkey
Hakan Fidan||Foreign Minister of Turkey (2023–)
Bashar al-Assad|Assad;Bashar Assad|President of Syria (2000–2024)
Ahmed al-Sharaa|al-Sharaa;Abu Mohammed al-Jolani;Jolani|President of Syria (2025–)
!Mohammed bin Salman|MBS;bin Salman|Crown Prince and Prime Minister of Saudi Arabia
!Abdel Fattah el-Sisi|Sisi;el-Sisi;Abdel Fattah al-Sisi|President of Egypt
Narendra Modi|Prime Minister Modi|Prime Minister of India
Subrahmanyam Jaishankar|S. Jaishankar|Foreign Minister of India
Shehbaz Sharif||Prime Minister of Pakistan
Asim Munir||Chief of Pakistan's army
Imran Khan||Prime Minister of Pakistan (2018–2022)
!Hibatullah Akhundzada|Akhundzada|Supreme leader of the Taliban
Ashraf Ghani||President of Afghanistan (2014–2021)
Hamid Karzai||President of Afghanistan (2001–2014)
!Abdullah Abdullah||Afghan politician
Emmanuel Macron|President Macron|President of France
Olaf Scholz||Chancellor of Germany (2021–2025)
Friedrich Merz||Chancellor of Germany (2025–)
Angela Merkel||Chancellor of Germany (2005–2021)
Boris Pistorius||Defence Minister of Germany
Annalena Baerbock||Foreign Minister of Germany (2021–2025)
Keir Starmer|Sir Keir Starmer|Prime Minister of the United Kingdom (2024–)
Rishi Sunak||Prime Minister of the United Kingdom (2022–2024)
Boris Johnson||Prime Minister of the United Kingdom (2019–2022)
David Lammy||UK Foreign Secretary (2024–2025)
John Healey||UK Defence Secretary (2024–)
David Cameron||UK Prime Minister (2010–2016); Foreign Secretary (2023–2024)
Giorgia Meloni||Prime Minister of Italy (2022–)
Pedro Sanchez|Pedro Sánchez|Prime Minister of Spain
Donald Tusk||Prime Minister of Poland
Andrzej Duda||President of Poland (2015–2025)
Viktor Orban|Viktor Orbán;Orbán|Prime Minister of Hungary
Mark Rutte||NATO Secretary General (2024–)
Jens Stoltenberg||NATO Secretary General (2014–2024)
!Ursula von der Leyen|von der Leyen|President of the European Commission
Kaja Kallas||EU foreign policy chief (2024–)
Josep Borrell||EU foreign policy chief (2019–2024)
Charles Michel||President of the European Council (2019–2024)
Antonio Costa|António Costa|President of the European Council (2024–)
Antonio Guterres|António Guterres|UN Secretary-General
Rafael Grossi||IAEA Director General
Tedros Adhanom Ghebreyesus|Tedros|WHO Director-General
Karim Khan||ICC Prosecutor
Fumio Kishida||Prime Minister of Japan (2021–2024)
Shigeru Ishiba||Prime Minister of Japan (2024–2025)
Sanae Takaichi||Prime Minister of Japan (2025–)
Yoon Suk Yeol|Yoon|President of South Korea (2022–2025)
!Lee Jae-myung||President of South Korea (2025–)
!Lai Ching-te|William Lai;Lai|President of Taiwan (2024–)
!Tsai Ing-wen|Tsai|President of Taiwan (2016–2024)
!Ferdinand Marcos Jr.|Bongbong Marcos;Marcos|President of the Philippines
Justin Trudeau||Prime Minister of Canada (2015–2025)
Mark Carney||Prime Minister of Canada (2025–)
Anthony Albanese||Prime Minister of Australia
!Luiz Inacio Lula da Silva|Lula;Luiz Inácio Lula da Silva|President of Brazil
Nicolas Maduro|Nicolás Maduro|President of Venezuela
Claudia Sheinbaum||President of Mexico (2024–)
Javier Milei||President of Argentina (2023–)
Cyril Ramaphosa||President of South Africa
Abiy Ahmed||Prime Minister of Ethiopia
Mohamed Hamdan Dagalo|Hemedti|Leader of Sudan's Rapid Support Forces
Abdel Fattah al-Burhan|Burhan|Head of Sudan's army and ruling council
Abu Bakr al-Baghdadi|al-Baghdadi|Leader of the Islamic State (killed 2019)
!Osama bin Laden|bin Laden|Founder of al-Qaeda (killed 2011)
Ayman al-Zawahiri|al-Zawahiri;Zawahiri|Leader of al-Qaeda (killed 2022)
Julian Assange||WikiLeaks founder
Edward Snowden||Former NSA contractor who leaked surveillance documents
`;

/**
 * States, one per line: `Name|aliases|demonyms|capital metonyms`, fields separated by
 * "|", list items by ";". Demonyms generate government phrases ("Afghan government");
 * capitals count as the state only in a government context (see rules/metonyms.ts).
 */
export const COUNTRIES = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|
Angola||Angolan|Luanda
Antigua and Barbuda|||
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahamas|The Bahamas|Bahamian|
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|
Belarus||Belarusian|Minsk
Belgium||Belgian|
Belize||Belizean|
Benin||Beninese|
Bhutan||Bhutanese|
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan|
Brazil||Brazilian|Brasilia;Brasília
Brunei||Bruneian|
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde||
Central African Republic|CAR||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
Colombia||Colombian|Bogota;Bogotá
Comoros|||
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa||Kinshasa
Costa Rica||Costa Rican|
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica|||
Dominican Republic||Dominican|
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|
Equatorial Guinea|||
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland||
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|
Finland||Finnish|Helsinki
France|French Republic|French|Paris;Elysee;Élysée
Gabon||Gabonese|
Gambia|The Gambia|Gambian|
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada|||
Guatemala||Guatemalan|
Guinea||Guinean|Conakry
Guinea-Bissau|||
Guyana||Guyanese|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India|Republic of India|Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel|State of Israel|Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|
Jamaica||Jamaican|
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kiribati|||
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho|||
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||
Lithuania||Lithuanian|Vilnius
Luxembourg|||
Madagascar||Malagasy|
Malawi||Malawian|
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako
Malta||Maltese|
Marshall Islands|||
Mauritania||Mauritanian|
Mauritius||Mauritian|
Mexico||Mexican|Mexico City
Micronesia|||
Moldova||Moldovan|Chisinau
Monaco|||
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|
Nauru|||
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|The Netherlands;Holland|Dutch|The Hague
New Zealand||New Zealand|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau|||
Palestine|State of Palestine|Palestinian|Ramallah
Panama||Panamanian|
Papua New Guinea|||
Paraguay||Paraguayan|
Peru||Peruvian|Lima
Philippines|The Philippines|Philippine;Filipino|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow;Kremlin
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|||
Saint Lucia|||
Saint Vincent and the Grenadines|||
Samoa|||
San Marino|||
Sao Tome and Principe|São Tomé and Príncipe||
Saudi Arabia|Saudis;Kingdom of Saudi Arabia|Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles|||
Sierra Leone|||
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Solomon Islands|||
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea;ROK|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname|||
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor||
Togo||Togolese|
Tonga|||
Trinidad and Tobago|||
Tunisia||Tunisian|Tunis
Turkey|Türkiye;Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu|||
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|London;Downing Street;Whitehall
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;US;U.S.|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu|||
Vatican|Holy See;Vatican City||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa;Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;

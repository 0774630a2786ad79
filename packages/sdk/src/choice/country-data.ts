// Generated from world-countries 5.1.0 (data: ODbL-1.0, https://github.com/mledoze/countries)
// by `node --import tsx scripts/generate-country-data.ts`. Do not edit: change the generator and
// run it again (country-data.test.ts fails when this file is stale).

/**
 * Every country as "alpha2|alpha3|dial code|lookup key|lookup key…", entries joined by ";". Lookup
 * keys are names folded by `countryKeys`, the common name first; an empty alpha3 is the first three
 * letters of that key; the dial code has no "+" and may be empty. Parsed once, on first use, by
 * country-table.ts.
 */
export const COUNTRY_DATA =
  'AD||376|andorra;' +
  'AE|ARE|971|united arab emirates|uae|emirates;' +
  'AF||93|afghanistan;' +
  'AG|ATG|1268|antigua and barbuda;' +
  'AI|AIA|1264|anguilla;' +
  'AL||355|albania|shqipnia;' +
  'AM||374|armenia|hayastan;' +
  'AO|AGO|244|angola;' +
  'AQ|ATA||antarctica;' +
  'AR||54|argentina|argentine republic;' +
  'AS|ASM|1684|american samoa;' +
  'AT|AUT|43|austria|oesterreich;' +
  'AU||61|australia;' +
  'AW|ABW|297|aruba;' +
  'AX||35818|aland islands|aaland|ahvenanmaa;' +
  'AZ||994|azerbaijan;' +
  'BA|BIH|387|bosnia and herzegovina|bosnia herzegovina;' +
  'BB|BRB|1246|barbados;' +
  'BD|BGD|880|bangladesh;' +
  'BE||32|belgium;' +
  'BF|BFA|226|burkina faso;' +
  'BG|BGR|359|bulgaria;' +
  'BH|BHR|973|bahrain;' +
  'BI|BDI|257|burundi;' +
  'BJ||229|benin;' +
  'BL|BLM|590|saint barthelemy;' +
  'BM|BMU|1441|bermuda|bermudas|somers isles;' +
  'BN|BRN|673|brunei|brunei darussalam;' +
  'BO||591|bolivia;' +
  'BQ|BES|599|caribbean netherlands|bonaire sint eustatius and saba|bes islands;' +
  'BR||55|brazil;' +
  'BS|BHS|1242|bahamas;' +
  'BT|BTN|975|bhutan;' +
  'BV|BVT|47|bouvet island;' +
  'BW|BWA|267|botswana;' +
  'BY|BLR|375|belarus;' +
  'BZ|BLZ|501|belize;' +
  'CA||1|canada;' +
  'CC|CCK|61|cocos keeling islands|keeling islands|cocos islands;' +
  'CD|COD|243|dr congo|democratic republic of the congo|congo kinshasa|drc;' +
  'CF|CAF|236|central african republic;' +
  'CG|COG|242|republic of the congo|congo brazzaville;' +
  'CH|CHE|41|switzerland|swiss confederation;' +
  'CI|CIV|225|ivory coast|republic of cote divoire;' +
  'CK|COK|682|cook islands;' +
  'CL|CHL|56|chile;' +
  'CM|CMR|237|cameroon;' +
  'CN|CHN|86|china|zhongguo|zhonghua|people republic of china;' +
  'CO||57|colombia;' +
  'CR|CRI|506|costa rica;' +
  'CU||53|cuba;' +
  'CV|CPV|238|cape verde|republic of cabo verde;' +
  'CW|CUW|599|curacao;' +
  'CX|CXR|61|christmas island;' +
  'CY||357|cyprus;' +
  'CZ||420|czechia|czech republic;' +
  'DE|DEU|49|germany|deutschland;' +
  'DJ||253|djibouti|jabuuti|gabuuti|gabuutih ummuuno;' +
  'DK|DNK|45|denmark;' +
  'DM|DMA|1767|dominica|dominique;' +
  'DO||1|dominican republic;' +
  'DZ|DZA|213|algeria|dzayer;' +
  'EC||593|ecuador;' +
  'EE||372|estonia;' +
  'EG||20|egypt|arab republic of egypt;' +
  'EH|ESH|212|western sahara|sahrawi arab democratic republic;' +
  'ER||291|eritrea;' +
  'ES|ESP|34|spain;' +
  'ET||251|ethiopia;' +
  'FI||358|finland;' +
  'FJ|FJI|679|fiji;' +
  'FK|FLK|500|falkland islands|islas malvinas;' +
  'FM|FSM|691|micronesia|federated states of micronesia;' +
  'FO|FRO|298|faroe islands|faeroe islands;' +
  'FR||33|france|french republic;' +
  'GA||241|gabon|gabonese republic;' +
  'GB|GBR|44|united kingdom|united kingdom of great britain and northern ireland|britain|england|scotland|wales|northern ireland|uk|great britain;' +
  'GD|GRD|1473|grenada;' +
  'GE||995|georgia|sakartvelo;' +
  'GF|GUF|594|french guiana|guiana;' +
  'GG|GGY|44|guernsey;' +
  'GH||233|ghana;' +
  'GI||350|gibraltar;' +
  'GL|GRL|299|greenland;' +
  'GM|GMB|220|gambia;' +
  'GN|GIN|224|guinea;' +
  'GP|GLP|590|guadeloupe|gwadloup;' +
  'GQ|GNQ|240|equatorial guinea;' +
  'GR|GRC|30|greece|hellenic republic;' +
  'GS|SGS|500|south georgia|south georgia and the south sandwich islands;' +
  'GT|GTM|502|guatemala;' +
  'GU|GUM|1671|guam;' +
  'GW|GNB|245|guinea bissau;' +
  'GY||592|guyana;' +
  'HK|HKG|852|hong kong;' +
  'HM|HMD||heard island and mcdonald islands;' +
  'HN|HND|504|honduras;' +
  'HR|HRV|385|croatia;' +
  'HT|HTI|509|haiti;' +
  'HU||36|hungary;' +
  'ID|IDN|62|indonesia;' +
  'IE|IRL|353|ireland;' +
  'IL||972|israel;' +
  'IM|IMN|44|isle of man|ellan vannin|mann;' +
  'IN||91|india|bharat ganrajya;' +
  'IO|IOT|246|british indian ocean territory;' +
  'IQ|IRQ|964|iraq;' +
  'IR|IRN|98|iran;' +
  'IS|ISL|354|iceland;' +
  'IT||39|italy|italian republic;' +
  'JE|JEY|44|jersey;' +
  'JM||1876|jamaica;' +
  'JO||962|jordan;' +
  'JP|JPN|81|japan|nippon|nihon;' +
  'KE||254|kenya;' +
  'KG|KGZ|996|kyrgyzstan|kyrgyz republic;' +
  'KH|KHM|855|cambodia;' +
  'KI||686|kiribati;' +
  'KM||269|comoros;' +
  'KN|KNA|1869|saint kitts and nevis;' +
  'KP|PRK|850|north korea|democratic people republic of korea|dprk;' +
  'KR|KOR|82|south korea|republic of korea;' +
  'KW|KWT|965|kuwait;' +
  'KY|CYM|1345|cayman islands;' +
  'KZ||7|kazakhstan|qazaqstan;' +
  'LA||856|laos|lao people democratic republic;' +
  'LB|LBN|961|lebanon|lebanese republic;' +
  'LC|LCA|1758|saint lucia;' +
  'LI||423|liechtenstein;' +
  'LK|LKA|94|sri lanka;' +
  'LR|LBR|231|liberia;' +
  'LS|LSO|266|lesotho;' +
  'LT|LTU|370|lithuania;' +
  'LU||352|luxembourg;' +
  'LV|LVA|371|latvia;' +
  'LY|LBY|218|libya;' +
  'MA|MAR|212|morocco;' +
  'MC|MCO|377|monaco;' +
  'MD|MDA|373|moldova;' +
  'ME|MNE|382|montenegro|crna gora;' +
  'MF|MAF|590|saint martin;' +
  'MG|MDG|261|madagascar;' +
  'MH|MHL|692|marshall islands;' +
  'MK|MKD|389|north macedonia|macedonia;' +
  'ML|MLI|223|mali;' +
  'MM|MMR|95|myanmar|burma;' +
  'MN|MNG|976|mongolia;' +
  'MO||853|macau|macao;' +
  'MP|MNP|1670|northern mariana islands;' +
  'MQ|MTQ|596|martinique;' +
  'MR|MRT|222|mauritania;' +
  'MS|MSR|1664|montserrat;' +
  'MT|MLT|356|malta;' +
  'MU|MUS|230|mauritius;' +
  'MV|MDV|960|maldives|maldive islands|dhivehi raajjeyge jumhooriyya;' +
  'MW|MWI|265|malawi;' +
  'MX||52|mexico|united mexican states|mexicanos;' +
  'MY|MYS|60|malaysia;' +
  'MZ||258|mozambique;' +
  'NA||264|namibia;' +
  'NC|NCL|687|new caledonia;' +
  'NE|NER|227|niger|nijar;' +
  'NF|NFK|672|norfolk island;' +
  'NG|NGA|234|nigeria|nijeriya;' +
  'NI||505|nicaragua;' +
  'NL|NLD|31|netherlands|holland;' +
  'NO||47|norway;' +
  'NP|NPL|977|nepal;' +
  'NR|NRU|674|nauru|naoero|pleasant island;' +
  'NU||683|niue;' +
  'NZ|NZL|64|new zealand;' +
  'OM|OMN|968|oman;' +
  'PA||507|panama;' +
  'PE||51|peru;' +
  'PF|PYF|689|french polynesia;' +
  'PG|PNG|675|papua new guinea;' +
  'PH|PHL|63|philippines;' +
  'PK||92|pakistan;' +
  'PL||48|poland;' +
  'PM|SPM|508|saint pierre and miquelon;' +
  'PN|PCN|64|pitcairn islands|pitcairn group of islands|pitcairn;' +
  'PR|PRI|1|puerto rico;' +
  'PS|PSE|970|palestine;' +
  'PT|PRT|351|portugal|portuguese republic|portuguesa;' +
  'PW|PLW|680|palau;' +
  'PY|PRY|595|paraguay;' +
  'QA||974|qatar;' +
  'RE||262|reunion|reunion island;' +
  'RO|ROU|40|romania|rumania|roumania;' +
  'RS|SRB|381|serbia|srbija;' +
  'RU||7|russia|russian federation;' +
  'RW||250|rwanda;' +
  'SA||966|saudi arabia|saudi;' +
  'SB|SLB|677|solomon islands;' +
  'SC|SYC|248|seychelles;' +
  'SD|SDN|249|sudan;' +
  'SE||46|sweden;' +
  'SG|SGP|65|singapore;' +
  'SH|SHN||saint helena ascension and tristan da cunha|saint helena;' +
  'SI|SVN|386|slovenia;' +
  'SJ|SJM|4779|svalbard and jan mayen|svalbard og jan mayen;' +
  'SK|SVK|421|slovakia|slovak republic;' +
  'SL|SLE|232|sierra leone;' +
  'SM|SMR|378|san marino;' +
  'SN||221|senegal;' +
  'SO||252|somalia;' +
  'SR||597|suriname|sarnam|sranangron;' +
  'SS|SSD|211|south sudan;' +
  'ST|STP|239|sao tome and principe;' +
  'SV|SLV|503|el salvador;' +
  'SX|SXM|1721|sint maarten;' +
  'SY||963|syria|syrian arab republic;' +
  'SZ|SWZ|268|eswatini|swaziland|weswatini|swatini|ngwane;' +
  'TC|TCA|1649|turks and caicos islands;' +
  'TD|TCD|235|chad;' +
  'TF|ATF|262|french southern and antarctic lands|french southern territories;' +
  'TG|TGO|228|togo|togolese republic;' +
  'TH||66|thailand|prathet|thai|ratcha anachak thai;' +
  'TJ|TJK|992|tajikistan;' +
  'TK|TKL|690|tokelau;' +
  'TL|TLS|670|timor leste|east timor|timor|timor lorosae;' +
  'TM|TKM|993|turkmenistan;' +
  'TN||216|tunisia|tunisian republic;' +
  'TO||676|tonga;' +
  'TR||90|turkiye|turkey;' +
  'TT|TTO|1868|trinidad and tobago;' +
  'TV||688|tuvalu;' +
  'TW|TWN|886|taiwan|republic of china|chinese taipei;' +
  'TZ|TZA|255|tanzania|united republic of tanzania;' +
  'UA||380|ukraine|ukrayina;' +
  'UG||256|uganda;' +
  'UM|UMI|268|united states minor outlying islands;' +
  'US|USA|1|united states|america|abd;' +
  'UY|URY|598|uruguay;' +
  'UZ||998|uzbekistan;' +
  'VA|||vatican city|vatican;' +
  'VC|VCT|1784|saint vincent and the grenadines;' +
  'VE||58|venezuela;' +
  'VG|VGB|1284|british virgin islands|virgin islands;' +
  'VI|VIR|1340|united states virgin islands|virgin islands us;' +
  'VN|VNM|84|vietnam|viet nam;' +
  'VU|VUT|678|vanuatu;' +
  'WF|WLF|681|wallis and futuna;' +
  'WS|WSM|685|samoa;' +
  'XK|UNK|383|kosovo;' +
  'YE||967|yemen|yemeni republic;' +
  'YT|MYT|262|mayotte;' +
  'ZA|ZAF|27|south africa|rsa|suid afrika;' +
  'ZM|ZMB|260|zambia;' +
  'ZW|ZWE|263|zimbabwe';

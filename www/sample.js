/**
 * The article the page opens with: a fictional news story (people, companies and the deal
 * are invented) written to exercise every annotation family.
 */

/** The article's publication date, so that "Tuesday" and "last year" can resolve. */
export const SAMPLE_DATE = '2025-03-11';

export const SAMPLE = `Hong Kong ferry operator signs €1.2bn deal with Norwegian shipbuilder for electric fleet

  • Harbourlink Ferries will replace 40 diesel vessels with battery-powered boats by 2030, its chairwoman says
  • Analysts warn fares could rise by as much as 5 per cent as the company tries to recover the cost

Hong Kong’s second-largest ferry operator on Tuesday signed a €1.2bn (US$1.3 billion) agreement with Norwegian shipbuilder Fjordvik Marine to replace its ageing diesel fleet, the biggest single order for electric passenger vessels in Asia.

Harbourlink Ferries chairwoman Margaret Leung Wai-ching said the first of the new boats would enter service on the Central to Tsim Sha Tsui route in March next year, with the remaining 39 arriving over the following five years.

“This is the largest investment the harbour has seen since the cross-harbour tunnel opened, and it is long overdue,” Leung said at a signing ceremony in Central.

The company carried about 58,000 passengers a day last year, down 3.4% from 2019. Its 12 routes link Hong Kong Island with Kowloon, Lantau and the outlying islands, and the first sailing leaves Central at 6.30am.

Fjordvik Marine, based in the western Norwegian city of Bergen, will build the hulls in Norway and fit them out at a yard in Guangdong’s Nansha district, a first for a European shipbuilder in mainland China.

Its chief executive, Ingrid Solberg, said: “Hong Kong is one of the most demanding ferry markets in the world, and that is exactly why we wanted to be here.”

Each vessel will carry up to 400 passengers, cross the harbour in eight minutes and recharge for 15 minutes at each pier.

“We have built ferries for the fjords for 60 years. The harbour is busier, but the physics is the same,” she added.

The government will contribute HK$270 million from its New Energy Transport Fund. The Environmental Protection Department estimates the switch will cut carbon dioxide emissions by 18,000 tonnes a year and save about 500 tonnes of diesel a month.

Secretary for Transport and Logistics Eric Tam Ka-lok told the Legislative Council on March 3 that the administration would offer “every reasonable support” to operators that electrify their fleets, but ruled out subsidising fares.

Not every lawmaker is convinced. Legislator Chan Siu-ming, who sits on the council’s transport panel, asked how a company that reported a net loss of HK$85 million last year could afford the order, and whether its £3.5m London ticketing contract would survive the upheaval.

Daniel Ho Chun-kit, an analyst at Pacific Maritime Research in Singapore, called the deal “a bold bet on cheap electricity” and warned that passengers could face fare increases of up to 5 per cent once the new boats enter service.

“If power prices rise, the maths changes very quickly,” Ho said. “Operators in Singapore and Shenzhen will be watching this closely.”

Fjordvik’s shares rose 6.2 per cent in Oslo after the announcement. The shipbuilder last month won a separate US$34 million contract from a Danish operator for six smaller vessels, and Solberg said Singaporean and Japanese buyers had also asked for quotes.

Harbourlink will consult the public on new timetables from April 15 to May 31, and the first electric ferry is due to begin sea trials off Bergen in the third quarter.
`;

package app.clientele.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Word lists and small generators for realistic people and companies. Common names come first
 * in each list and are picked more often, so that "James Smith" exists a few hundred times in a
 * million people; most surnames come from a long tail, as in a real customer base.
 */
final class People {

	static final String[] FIRST = { "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
			"William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
			"Charles", "Karen", "Christopher", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret",
			"Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua",
			"Michelle", "Kenneth", "Dorothy", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward",
			"Deborah", "Ronald", "Stephanie", "Timothy", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan",
			"Cynthia", "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Shirley", "Eric", "Angela", "Jonathan", "Helen",
			"Stephen", "Anna", "Larry", "Brenda", "Justin", "Pamela", "Scott", "Nicole", "Brandon", "Emma", "Benjamin",
			"Samantha", "Samuel", "Katherine", "Gregory", "Christine", "Frank", "Debra", "Alexander", "Rachel",
			"Raymond", "Catherine", "Patrick", "Carolyn", "Jack", "Janet", "Dennis", "Ruth", "Jerry", "Maria", "Tyler",
			"Heather", "Aaron", "Diane", "José", "Virginia", "Adam", "Julie", "Henry", "Joyce", "Nathan", "Victoria",
			"Douglas", "Olivia", "Zachary", "Kelly", "Peter", "Christina", "Kyle", "Lauren", "Walter", "Joan", "Ethan",
			"Evelyn", "Jeremy", "Judith", "Harold", "Megan", "Keith", "Cheryl", "Christian", "Andrea", "Roger",
			"Hannah", "Noah", "Martha", "Gerald", "Jacqueline", "Carl", "Frances", "Terry", "Gloria", "Sean", "Ann",
			"Austin", "Teresa", "Arthur", "Kathryn", "Lawrence", "Sara", "Jesse", "Janice", "Dylan", "Jean", "Bryan",
			"Alice", "Joe", "Madison", "Jordan", "Doris", "Billy", "Abigail", "Bruce", "Julia", "Albert", "Judy",
			"Willie", "Grace", "Gabriel", "Denise", "Logan", "Amber", "Alan", "Marilyn", "Juan", "Beverly", "Wayne",
			"Danielle", "Roy", "Theresa", "Ralph", "Sophia", "Randy", "Marie", "Eugene", "Diana", "Vincent", "Brittany",
			"Russell", "Natalie", "Elijah", "Isabella", "Louis", "Charlotte", "Bobby", "Rose", "Philip", "Alexis",
			"Johnny", "Kayla", "François", "Zoë", "Björn", "Chloé", "Søren", "Renée", "Jürgen", "Inês", "Mateo", "Lucía",
			"Hiroshi", "Yuki", "Wei", "Mei", "Arjun", "Priya", "Mohammed", "Fatima", "Olga", "Dmitri", "Siobhán",
			"Niamh", "Kwame", "Amara", "Lars", "Ingrid", "Paolo", "Giulia", "Mikołaj", "Agnieszka", "Tomás", "Ana" };

	static final String[] LAST = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
			"Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
			"Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
			"Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
			"Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez",
			"Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris",
			"Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey",
			"Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood",
			"James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel",
			"Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
			"Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan",
			"Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole",
			"Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford",
			"Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy",
			"Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson",
			"Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Muñoz",
			"Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar",
			"Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens",
			"Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold",
			"Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham",
			"Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley", "Andrews", "Alvarado", "Ray", "Delgado",
			"Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Peña", "Richards", "Contreras", "Willis",
			"Carpenter", "Lawrence", "Sandoval", "Müller", "Schneider", "Fischer", "Weber", "Schäfer", "Köhler",
			"Dubois", "Lefèvre", "Moreau", "Girard", "O'Brien", "O'Connor", "MacLeod", "Nowak", "Kowalski",
			"Wiśniewski", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Jensen", "Nielsen", "Andersson",
			"Johansson", "Sato", "Suzuki", "Takahashi", "Tanaka", "Wang", "Li", "Zhang", "Liu", "Singh", "Kumar",
			"Sharma", "Ivanov", "Petrov", "Kuznetsov", "Novak", "Horvat", "Kovač", "Papadopoulos", "Yılmaz", "Kaya",
			"Okafor", "Mensah", "Van der Berg", "De Jong", "Janssen", "Fontaine", "Sørensen", "Þórsson", "Ó Súilleabháin" };

	static final String[] COMPANY_FIRST = { "Acme", "Northwind", "Blue Harbor", "Summit", "Pioneer", "Evergreen",
			"Riverside", "Granite", "Silver Oak", "Redwood", "Lakeside", "Ironbridge", "Golden Gate", "Bright Path",
			"Cedar", "Atlas", "Beacon", "Cobalt", "Crescent", "Delta", "Eagle", "Falcon", "Frontier", "Harbor",
			"Horizon", "Keystone", "Liberty", "Meridian", "Monarch", "Nova", "Orion", "Pinnacle", "Quantum", "Sterling",
			"Sunrise", "Trident", "Vanguard", "Westfield", "Zenith", "Alpine", "Bayview", "Clearwater", "Copperfield",
			"Driftwood", "Elmwood", "Foxglove", "Greenleaf", "Highland", "Juniper", "Kingsley", "Lighthouse", "Maple",
			"Nordic", "Oakridge", "Pacific", "Quarry", "Rosewood", "Stonegate", "Tidewater", "Union", "Valley",
			"Willow", "Yellowstone", "Brightwater", "Château", "Müller", "Bergmann", "Søndergaard", "Lumière" };

	static final String[] COMPANY_TRADE = { "Logistics", "Foods", "Systems", "Builders", "Dental", "Consulting",
			"Media", "Analytics", "Engineering", "Manufacturing", "Software", "Health", "Energy", "Capital", "Design",
			"Motors", "Pharma", "Textiles", "Hospitality", "Legal", "Insurance", "Robotics", "Printing", "Supply",
			"Marine", "Aviation", "Electric", "Plumbing", "Retail", "Partners", "Labs", "Holdings", "Trading",
			"Bakery", "Architects", "Solutions", "Networks", "Farms", "Realty", "Studios" };

	static final String[] COMPANY_SUFFIX = { "Inc.", "LLC", "Ltd", "GmbH", "Co.", "Group", "AG", "S.A.", "B.V.",
			"Corp.", "" };

	static final String[] FREE_MAIL = { "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com",
			"web.de", "gmx.net", "hotmail.com" };

	static final String[] JOB_TITLES = { "Chief Executive Officer", "Purchasing Manager", "Accountant",
			"Office Manager", "Head of Finance", "Marketing Director", "IT Administrator", "Operations Manager",
			"Sales Representative", "Buyer", "Project Manager", "Engineer", "Owner", "Controller", "Assistant",
			"Customer Service Lead", "HR Manager", "Logistics Coordinator", "CTO", "Support Engineer" };

	static final String[] BUSINESS_ROLES = { "BUYER", "OWNER", "FINANCE", "MARKETING", "SUPPORT", "BILLING", "OTHER" };

	static final String[] TAGS = { "vip", "newsletter", "trade-show-2025", "referral", "partner", "beta",
			"renewal-q3", "key-account" };

	static final String[] SITE_NAMES = { "Head office", "Warehouse", "Plant", "Branch office", "Store",
			"Distribution centre", "Lab", "Service depot" };

	static final String[] CITIES = { "Denver", "Austin", "Boston", "Chicago", "Seattle", "Atlanta", "Portland",
			"Phoenix", "Dallas", "Miami", "Berlin", "Hamburg", "London", "Leeds", "Lyon", "Madrid", "Milan", "Oslo" };

	/** US area codes in service (libphonenumber accepts them as fixed-line or mobile numbers). */
	static final int[] AREA_CODES = { 201, 202, 203, 205, 206, 207, 208, 210, 212, 213, 214, 215, 216, 217, 218,
			224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281,
			301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 330,
			334, 336, 337, 339, 347, 351, 352, 360, 361, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413,
			414, 415, 417, 419, 423, 425, 430, 432, 434, 435, 440, 443, 469, 470, 475, 478, 479, 480, 484, 501, 502,
			503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562,
			563, 567, 570, 571, 573, 574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614,
			615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 682, 701,
			702, 703, 704, 706, 707, 708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740,
			754, 757, 760, 763, 765, 770, 772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810,
			812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860,
			862, 863, 864, 865, 870, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919,
			920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 980,
			985, 989 };

	/** Parts of the long tail of surnames: most people in a large CRM do not have a top-300 name. */
	static final String[] SURNAME_ROOTS = { "Ash", "Black", "Brad", "Brook", "Cald", "Carr", "Chad", "Chat", "Cran",
			"Dal", "Dun", "Elk", "Fair", "Fal", "Far", "Fen", "Gar", "Glad", "Gold", "Grim", "Hal", "Ham", "Har",
			"Hart", "Hath", "Hay", "Hol", "Hun", "Kel", "Ken", "Kings", "Lang", "Lark", "Led", "Lind", "Lock", "Mar",
			"Mel", "Mid", "Mil", "Mor", "Nor", "Oak", "Ock", "Pem", "Pen", "Prest", "Rad", "Rams", "Red", "Rid",
			"Roth", "Rut", "Sal", "Sand", "Sel", "Shel", "Sher", "Stan", "Stock", "Strat", "Sut", "Tal", "Thorn",
			"Thur", "Tid", "Wal", "War", "Wen", "West", "Whit", "Wick", "Win", "Wood", "Wor", "Yar", "Berg", "Bran",
			"Brenn", "Dorn", "Eisen", "Feld", "Frank", "Gross", "Hein", "Hirsch", "Hof", "Kirch", "Klein", "Kraus",
			"Lieb", "Neu", "Rosen", "Schwarz", "Stein", "Wald", "Weiss", "Zimmer", "Kowal", "Nowi", "Wiśni",
			"Lewand", "Zieliń", "Szyman", "Wojcie", "Kamiń", "Bianc", "Ross", "Ferr", "Gall", "Cont", "Marin",
			"Vill", "Torr", "Sant", "Castel", "Monte", "Bel", "Fern", "Gonz", "Rodr", "Alv", "Dom", "Iban", "Navar",
			"Peder", "Christ", "Ander", "Lars", "Niel", "Sven", "Joh", "Mats", "Haug", "Lund", "Dahl", "Holm",
			"Okon", "Ade", "Chuk", "Nwa", "Mbe", "Tak", "Nak", "Yama", "Hashi", "Mori", "Kawa", "Fuji", "Sato",
			"Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Nguy", "Pham", "Hoang", "Vuong", "Dang", "Bui" };

	static final String[] SURNAME_ENDINGS = { "ton", "ley", "ford", "wood", "well", "worth", "by", "field", "ham",
			"son", "sen", "man", "mann", "er", "ner", "inger", "berg", "stein", "hardt", "feld", "ski", "ska", "wicz",
			"czyk", "ak", "ek", "ini", "elli", "etti", "one", "ano", "ez", "es", "ado", "ardo", "iero", "ström",
			"quist", "gaard", "strup", "vik", "wu", "mura", "moto", "da", "yama", "oka", "ng", "kwu", "eke", "ola",
			"ridge", "combe", "hurst", "stead", "wick", "more", "bury", "ington", "ard", "ett", "ell" };

	static final String[] SURNAME_PREFIXES = { "Mc", "Mac", "O'", "Van ", "De ", "Di ", "von ", "Fitz", "St. " };

	private People() {
	}

	/**
	 * A surname as a large customer base has them: two in five from the common list, the rest from
	 * a long tail of tens of thousands of rarer ones.
	 */
	static String lastName(SplittableRandom random) {
		if (random.nextInt(5) < 2) {
			return skewed(random, LAST);
		}
		String name = any(random, SURNAME_ROOTS) + any(random, SURNAME_ENDINGS);
		if (random.nextInt(12) == 0) {
			name = any(random, SURNAME_PREFIXES) + name;
		}
		if (random.nextInt(15) == 0) {
			name += "-" + skewed(random, LAST);
		}
		return name;
	}

	/** A first name: mostly common ones, some rarer variants. */
	static String firstName(SplittableRandom random) {
		String name = skewed(random, FIRST);
		return switch (random.nextInt(20)) {
			case 0 -> name + "a";
			case 1 -> name.length() > 4 ? name.substring(0, name.length() - 1) + "ie" : name + "y";
			case 2 -> name + "-" + skewed(random, FIRST);
			default -> name;
		};
	}

	/** A value from the list, the first ones more often than the last (the first of 250 about 2.5%). */
	static String skewed(SplittableRandom random, String[] values) {
		return values[(int) (values.length * Math.pow(random.nextDouble(), 1.5))];
	}

	static String any(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Lower case ASCII for the local part of an email: accents dropped, anything else removed. */
	static String mailbox(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.replace("ø", "o").replace("Ø", "O").replace("þ", "th").replace("Þ", "Th").replace("ł", "l")
				.replace("ß", "ss").replace("ı", "i");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** A phone as people type it, with its E.164 form: mostly US, some UK and German mobiles. */
	static String[] phone(SplittableRandom random) {
		int kind = random.nextInt(100);
		if (kind < 88) {
			int area = AREA_CODES[random.nextInt(AREA_CODES.length)];
			int exchange = 200 + random.nextInt(800);
			if (exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958 || exchange == 959) {
				exchange = 234;
			}
			int line = random.nextInt(10_000);
			String e164 = "+1%d%d%04d".formatted(area, exchange, line);
			String typed = switch (random.nextInt(3)) {
				case 0 -> "(%d) %d-%04d".formatted(area, exchange, line);
				case 1 -> "%d-%d-%04d".formatted(area, exchange, line);
				default -> "+1 %d %d %04d".formatted(area, exchange, line);
			};
			return new String[] { typed, e164 };
		}
		if (kind < 94) {
			int block = 7400 + random.nextInt(40);
			int rest = random.nextInt(1_000_000);
			return new String[] { "+44 %d %06d".formatted(block, rest), "+44%d%06d".formatted(block, rest) };
		}
		int prefix = 151 + random.nextInt(2) * 9;
		int rest = random.nextInt(100_000_000);
		return new String[] { "+49 %d %08d".formatted(prefix, rest), "+49%d%08d".formatted(prefix, rest) };
	}
}

BEGIN TRANSACTION;
CREATE TABLE articles (
	id VARCHAR(40) NOT NULL, 
	title TEXT, 
	url TEXT, 
	outlet TEXT, 
	published DATE, 
	body TEXT NOT NULL, 
	path TEXT, 
	n_claims INTEGER NOT NULL, 
	n_places INTEGER NOT NULL, 
	ingested_at DATETIME NOT NULL, 
	added_by VARCHAR(254), 
	PRIMARY KEY (id)
);
INSERT INTO "articles" VALUES('3b6d55450a2631d81534','Missiles hit central Sumy on Palm Sunday',NULL,'Strike Atlas sample','2025-04-13','Two Russian ballistic missiles struck the centre of Sumy on Sunday morning as residents were on their way to church, the Sumy regional military administration said. Officials said at least 34 people were killed and more than 100 were wounded.

Ukraine''s State Emergency Service said the missiles hit a street near the city''s congress centre and a university building. President Volodymyr Zelensky called the attack deliberate.

The Russian Defence Ministry said later that its Iskander-M missiles had struck a meeting of Ukrainian commanders in Sumy.
','data/samples/01_sumy_palm_sunday.txt',2,2,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('47f54cc5014d16800353','Missile strike on a residential area of Kryvyi Rih',NULL,'Strike Atlas sample','2025-04-05','A Russian ballistic missile hit a residential neighbourhood of Kryvyi Rih on Friday evening, killing 20 people, including nine children, Serhiy Lysak, head of the Dnipropetrovsk regional administration, said.

The missile exploded near a playground, he added. Kryvyi Rih lies in the Dnipropetrovsk region of central Ukraine.

According to the Russian Defence Ministry, the strike targeted a restaurant in Kryvyi Rih where Ukrainian commanders and Western instructors were meeting.
','data/samples/02_kryvyi_rih_playground.txt',2,2,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('9452c19a6d63612d3c65','Ukrainian drones hit bombers at Russian air bases',NULL,'Strike Atlas sample','2025-06-01','Ukraine''s SBU security service said its drones struck Russian strategic bombers at four air bases on Sunday, including the Belaya base in the Irkutsk region and the Olenya base in the Murmansk region.

The SBU said 41 aircraft were hit, among them Tu-95 and Tu-22M3 bombers.

The Russian Defence Ministry said Ukrainian drones had attacked airfields in the Murmansk, Irkutsk, Ivanovo, Ryazan and Amur regions. The ministry said attacks in the Ivanovo, Ryazan and Amur regions were repelled, while several aircraft caught fire in the Murmansk and Irkutsk regions.
','data/samples/03_spiderweb_airfields.txt',2,8,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('5d810db5437fda7f7360','Children''s hospital in Kyiv hit during mass missile attack',NULL,'Strike Atlas sample','2024-07-08','A Russian missile hit the Okhmatdyt children''s hospital in Kyiv on Monday during one of the largest attacks on the capital in months, Kyiv mayor Vitali Klitschko said. Ukraine''s security service said the debris came from a Kh-101 cruise missile.

Ukraine''s Air Force said Russia launched 38 missiles at Kyiv, Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk, and that 30 of them were shot down.

The Russian Defence Ministry said its forces carried out a strike on Ukrainian defence industry facilities and air bases with long-range precision weapons, and blamed the damage in Kyiv on a Ukrainian air defence missile.
','data/samples/04_okhmatdyt_kyiv.txt',3,7,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('dc476170b291e9626afd','Missile strike on the Black Sea Fleet headquarters in Sevastopol',NULL,'Strike Atlas sample','2023-09-22','Ukrainian missiles struck the headquarters of Russia''s Black Sea Fleet in Sevastopol on Friday, the Russian-installed governor of the city, Mikhail Razvozhayev, said. He said smoke was rising over the city centre.

Ukraine''s armed forces said they had hit the fleet headquarters during a meeting of its commanders.

The Russian Defence Ministry said air defences shot down five missiles, adding that one serviceman was missing after the attack on Sevastopol.
','data/samples/05_sevastopol_fleet_hq.txt',2,2,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('d81501aa859bf1c279ed','Fire at an oil depot in Engels after drone attack',NULL,'Strike Atlas sample','2025-01-08','Ukrainian drones attacked an oil depot in Engels in the Saratov region overnight, setting it on fire, regional governor Roman Busargin said. Two firefighters were killed while putting out the blaze, he said later.

The General Staff of Ukraine''s armed forces said the Kristall depot in Engels supplied fuel to the strategic bombers based at the nearby air base.
','data/samples/06_engels_oil_depot.txt',1,2,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('6d9e69e43317ecc3c12d','Drones hit an arsenal in Toropets',NULL,'Strike Atlas sample','2024-09-18','Ukrainian drones struck a large arsenal near Toropets in the Tver region overnight, a source in Ukraine''s SBU said, describing stores of missiles and glide bombs.

Igor Rudenya, governor of the Tver region, said a fire broke out after debris from downed drones fell on Toropets, and residents of part of the town were evacuated.
','data/samples/07_toropets_arsenal.txt',2,3,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('bd5ce9e4912f4399a0b3','Shelling of central Belgorod',NULL,'Strike Atlas sample','2023-12-30','Ukrainian shelling hit the centre of Belgorod on Saturday afternoon, killing 24 people, Vyacheslav Gladkov, the Belgorod governor, said. The Russian Defence Ministry said Ukraine fired Vilkha rockets and Czech-made Vampire rockets at the city.

The attack on Belgorod came a day after a massive Russian missile and drone strike on Ukrainian cities.
','data/samples/08_belgorod_december.txt',1,1,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('676da30274115f6564d4','Russia launches its largest air attack of the war',NULL,'Strike Atlas sample','2023-12-29','Russia launched 122 missiles and 36 drones at Ukraine overnight, Ukraine''s Air Force commander Mykola Oleshchuk said on Friday, calling it the largest aerial attack since the start of the full-scale invasion.

Strikes hit a maternity hospital in Dnipro, a shopping centre and residential buildings in Kyiv, and homes in Lviv, Odesa and Kharkiv, regional officials said. At least 30 people were killed across the country.

The Russian Defence Ministry said it had struck military-industrial facilities and airfields across Ukraine.
','data/samples/09_december_massive_attack.txt',3,5,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('d881c5191072f9cd7a4f','Missiles hit Kyiv and other cities after the Crimean bridge blast',NULL,'Strike Atlas sample','2022-10-10','Russian missiles struck central Kyiv during the Monday morning rush hour, hitting a park and a busy junction, city officials said. Explosions were also reported in Lviv, Dnipro, Zaporizhzhia and Kharkiv.

Vladimir Putin said the strikes on energy and military command targets were a response to the explosion on the Crimean bridge two days earlier, which Moscow blamed on Ukrainian intelligence.

Ukraine''s General Staff said Russia fired 84 cruise missiles and 24 drones, and that 43 missiles were shot down.
','data/samples/10_crimean_bridge_october.txt',3,9,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('82ec05f3e189d33d5d5e','Glide bombs hit a hypermarket in Kharkiv',NULL,'Strike Atlas sample','2024-05-25','Two Russian glide bombs struck the Epicentr hypermarket in Kharkiv on Saturday afternoon, when it was full of shoppers, Kharkiv governor Oleh Syniehubov said. He said 19 people were killed and more than 40 wounded.

Kharkiv mayor Ihor Terekhov said a fire spread across the building. Russian forces also shelled Kupiansk and villages near Vovchansk in the Kharkiv region the same day, the regional administration said.
','data/samples/11_kharkiv_glide_bombs.txt',2,4,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('89beaf42fd82018ac443','Fighting and shelling in the Kursk region',NULL,'Strike Atlas sample','2024-08-07','Ukrainian forces shelled the town of Sudzha in the Kursk region and attacked border posts with drones, Alexei Smirnov, the acting governor of the Kursk region, said on Wednesday. He said several civilians were wounded.

The Russian Defence Ministry said its forces repelled an attempted incursion near Sudzha and struck Ukrainian units with aircraft and missiles in the Sumy region on Tuesday.
','data/samples/12_kursk_incursion.txt',2,4,'2000-01-01 00:00:00.000000',NULL);
INSERT INTO "articles" VALUES('bf803de0b5817993beb8','Drones and missiles target Odesa port',NULL,'Strike Atlas sample','2023-07-19','Russian missiles and Shahed drones struck port and grain terminal facilities in Odesa and Chornomorsk for a second night, the Odesa regional administration said on Wednesday. Officials said 60,000 tonnes of grain were destroyed in Chornomorsk.

The Russian Defence Ministry said it had carried out retaliatory strikes on facilities in Odesa where Ukraine prepared attacks with sea drones.
','data/samples/13_odesa_port.txt',3,4,'2000-01-01 00:00:00.000000',NULL);
CREATE TABLE claim_places (
	claim_id VARCHAR(64) NOT NULL, 
	seq INTEGER NOT NULL, 
	place_id VARCHAR(40) NOT NULL, 
	mention TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	name TEXT NOT NULL, 
	country VARCHAR(4), 
	admin1 VARCHAR(12), 
	lat FLOAT NOT NULL, 
	lon FLOAT NOT NULL, 
	precision VARCHAR(12), 
	west FLOAT NOT NULL, 
	south FLOAT NOT NULL, 
	east FLOAT NOT NULL, 
	north FLOAT NOT NULL, 
	map_date DATE, 
	side VARCHAR(8), 
	PRIMARY KEY (claim_id, seq), 
	FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE
);
INSERT INTO "claim_places" VALUES('3b6d55450a2631d81534:0',0,'ua:UA59080270010036634','Sumy','settlement','Sumy','UA','UA-59',50.9174,34.7991,'geonames',34.7991,50.9174,34.7991,50.9174,'2025-04-13','UA');
INSERT INTO "claim_places" VALUES('3b6d55450a2631d81534:1',0,'ua:UA59080270010036634','Sumy','settlement','Sumy','UA','UA-59',50.9174,34.7991,'geonames',34.7991,50.9174,34.7991,50.9174,'2025-04-13','RU');
INSERT INTO "claim_places" VALUES('47f54cc5014d16800353:0',0,'ua:UA12060170010065850','Kryvyi Rih','settlement','Kryvyi Rih','UA','UA-12',47.9057,33.394,'geonames',33.394,47.9057,33.394,47.9057,'2025-04-04','UA');
INSERT INTO "claim_places" VALUES('47f54cc5014d16800353:1',0,'ua:UA12060170010065850','Kryvyi Rih','settlement','Kryvyi Rih','UA','UA-12',47.9057,33.394,'geonames',33.394,47.9057,33.394,47.9057,'2025-04-04','RU');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:0',0,'iso:RU-IRK','Irkutsk region','admin1','Irkutsk','RU','RU-IRK',57.0939,106.3603,'area',95.6531,51.1319,119.1287,64.2997,'2025-06-01','UA');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:0',1,'fac:ru-olenya-airbase','Olenya','facility','Olenya air base','RU','RU-MUR',68.152,33.464,'facility',33.464,68.152,33.464,68.152,'2025-06-01','UA');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:0',2,'iso:RU-MUR','Murmansk region','admin1','Murmansk','RU','RU-MUR',67.8145,34.6003,'area',28.4102,66.055,41.3904,80.1749,'2025-06-01','UA');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:1',0,'iso:RU-MUR','Murmansk','admin1','Murmansk','RU','RU-MUR',67.8145,34.6003,'area',28.4102,66.055,41.3904,80.1749,'2025-06-01','RU');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:1',1,'iso:RU-IRK','Irkutsk','admin1','Irkutsk','RU','RU-IRK',57.0939,106.3603,'area',95.6531,51.1319,119.1287,64.2997,'2025-06-01','RU');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:1',2,'iso:RU-IVA','Ivanovo','admin1','Ivanovo','RU','RU-IVA',57.0162,41.7095,'area',39.3862,56.368,43.8621,57.7479,'2025-06-01','RU');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:1',3,'iso:RU-RYA','Ryazan','admin1','Ryazan','RU','RU-RYA',54.328,40.6211,'area',38.6719,53.3347,42.6983,55.3392,'2025-06-01','RU');
INSERT INTO "claim_places" VALUES('9452c19a6d63612d3c65:1',4,'iso:RU-AMU','Amur','admin1','Amur','RU','RU-AMU',53.4003,127.7299,'area',119.6695,48.8535,134.9564,57.0407,'2025-06-01','RU');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:0',0,'ua:UA80000000000093317','Kyiv','settlement','Kyiv','UA','UA-30',50.4547,30.5238,'geonames',30.5238,50.4547,30.5238,50.4547,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:1',0,'ua:UA80000000000093317','Kyiv','settlement','Kyiv','UA','UA-30',50.4547,30.5238,'geonames',30.5238,50.4547,30.5238,50.4547,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:1',1,'ua:UA12020010010037010','Dnipro','settlement','Dnipro','UA','UA-12',48.4666,35.0407,'geonames',35.0407,48.4666,35.0407,48.4666,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:1',2,'ua:UA12060170010065850','Kryvyi Rih','settlement','Kryvyi Rih','UA','UA-12',47.9057,33.394,'geonames',33.394,47.9057,33.394,47.9057,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:1',3,'ua:UA14120210010032554','Sloviansk','settlement','Sloviansk','UA','UA-14',48.8497,37.5974,'geonames',37.5974,48.8497,37.5974,48.8497,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:1',4,'ua:UA14120090010038661','Kramatorsk','settlement','Kramatorsk','UA','UA-14',48.7311,37.5678,'geonames',37.5678,48.7311,37.5678,48.7311,'2024-07-08','UA');
INSERT INTO "claim_places" VALUES('5d810db5437fda7f7360:2',0,'ua:UA80000000000093317','Kyiv','settlement','Kyiv','UA','UA-30',50.4547,30.5238,'geonames',30.5238,50.4547,30.5238,50.4547,'2024-07-08','RU');
INSERT INTO "claim_places" VALUES('dc476170b291e9626afd:0',0,'ua:UA85000000000065278','Sevastopol','settlement','Sevastopol','UA','UA-40',44.608,33.5213,'geonames',33.5213,44.608,33.5213,44.608,'2023-09-22','RU');
INSERT INTO "claim_places" VALUES('dc476170b291e9626afd:1',0,'ua:UA85000000000065278','Sevastopol','settlement','Sevastopol','UA','UA-40',44.608,33.5213,'geonames',33.5213,44.608,33.5213,44.608,'2023-09-22','UA');
INSERT INTO "claim_places" VALUES('d81501aa859bf1c279ed:0',0,'gn:563464','Engels','settlement','Engels','RU','RU-SAR',51.4839,46.1053,'geonames',46.1053,51.4839,46.1053,51.4839,'2025-01-08','RU');
INSERT INTO "claim_places" VALUES('d81501aa859bf1c279ed:0',1,'iso:RU-SAR','Saratov region','admin1','Saratov','RU','RU-SAR',51.5834,46.7935,'area',42.4796,49.8097,50.7945,52.8101,'2025-01-08','RU');
INSERT INTO "claim_places" VALUES('6d9e69e43317ecc3c12d:0',0,'gn:482042','Toropets','settlement','Toropets','RU','RU-TVE',56.4995,31.6392,'geonames',31.6392,56.4995,31.6392,56.4995,'2024-09-18','RU');
INSERT INTO "claim_places" VALUES('6d9e69e43317ecc3c12d:0',1,'iso:RU-TVE','Tver region','admin1','Tver','RU','RU-TVE',57.0912,34.7143,'area',30.7811,55.6318,38.3064,58.8695,'2024-09-18','RU');
INSERT INTO "claim_places" VALUES('6d9e69e43317ecc3c12d:1',0,'gn:482042','Toropets','settlement','Toropets','RU','RU-TVE',56.4995,31.6392,'geonames',31.6392,56.4995,31.6392,56.4995,'2024-09-18','RU');
INSERT INTO "claim_places" VALUES('bd5ce9e4912f4399a0b3:0',0,'iso:RU-BEL','Belgorod','admin1','Belgorod','RU','RU-BEL',50.6642,37.4727,'area',35.2822,49.8035,39.2708,51.4212,'2023-12-30','RU');
INSERT INTO "claim_places" VALUES('676da30274115f6564d4:1',0,'ua:UA12020010010037010','Dnipro','settlement','Dnipro','UA','UA-12',48.4666,35.0407,'geonames',35.0407,48.4666,35.0407,48.4666,'2023-12-29','UA');
INSERT INTO "claim_places" VALUES('676da30274115f6564d4:1',1,'ua:UA80000000000093317','Kyiv','settlement','Kyiv','UA','UA-30',50.4547,30.5238,'geonames',30.5238,50.4547,30.5238,50.4547,'2023-12-29','UA');
INSERT INTO "claim_places" VALUES('676da30274115f6564d4:1',2,'ua:UA46060250010015970','Lviv','settlement','Lviv','UA','UA-46',49.8383,24.0232,'geonames',24.0232,49.8383,24.0232,49.8383,'2023-12-29','UA');
INSERT INTO "claim_places" VALUES('676da30274115f6564d4:1',3,'ua:UA51100270010076757','Odesa','settlement','Odesa','UA','UA-51',46.4857,30.7438,'geonames',30.7438,46.4857,30.7438,46.4857,'2023-12-29','UA');
INSERT INTO "claim_places" VALUES('676da30274115f6564d4:1',4,'ua:UA63120270010096107','Kharkiv','settlement','Kharkiv','UA','UA-63',49.9818,36.2548,'geonames',36.2548,49.9818,36.2548,49.9818,'2023-12-29','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:0',0,'ua:UA80000000000093317','Kyiv','settlement','Kyiv','UA','UA-30',50.4547,30.5238,'geonames',30.5238,50.4547,30.5238,50.4547,'2022-10-10','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:1',0,'ua:UA46060250010015970','Lviv','settlement','Lviv','UA','UA-46',49.8383,24.0232,'geonames',24.0232,49.8383,24.0232,49.8383,'2022-10-10','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:1',1,'ua:UA12020010010037010','Dnipro','settlement','Dnipro','UA','UA-12',48.4666,35.0407,'geonames',35.0407,48.4666,35.0407,48.4666,'2022-10-10','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:1',2,'ua:UA23060070010069526','Zaporizhzhia','settlement','Zaporizhzhia','UA','UA-23',47.8517,35.1171,'geonames',35.1171,47.8517,35.1171,47.8517,'2022-10-10','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:1',3,'ua:UA63120270010096107','Kharkiv','settlement','Kharkiv','UA','UA-63',49.9818,36.2548,'geonames',36.2548,49.9818,36.2548,49.9818,'2022-10-10','UA');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:2',0,'ua:UA46060250010015970','Lviv','settlement','Lviv','UA','UA-46',49.8383,24.0232,'geonames',24.0232,49.8383,24.0232,49.8383,'2022-10-10','RU');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:2',1,'ua:UA12020010010037010','Dnipro','settlement','Dnipro','UA','UA-12',48.4666,35.0407,'geonames',35.0407,48.4666,35.0407,48.4666,'2022-10-10','RU');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:2',2,'ua:UA23060070010069526','Zaporizhzhia','settlement','Zaporizhzhia','UA','UA-23',47.8517,35.1171,'geonames',35.1171,47.8517,35.1171,47.8517,'2022-10-10','RU');
INSERT INTO "claim_places" VALUES('d881c5191072f9cd7a4f:2',3,'ua:UA63120270010096107','Kharkiv','settlement','Kharkiv','UA','UA-63',49.9818,36.2548,'geonames',36.2548,49.9818,36.2548,49.9818,'2022-10-10','RU');
INSERT INTO "claim_places" VALUES('82ec05f3e189d33d5d5e:0',0,'ua:UA63120270010096107','Kharkiv','settlement','Kharkiv','UA','UA-63',49.9818,36.2548,'geonames',36.2548,49.9818,36.2548,49.9818,'2024-05-25','UA');
INSERT INTO "claim_places" VALUES('82ec05f3e189d33d5d5e:1',0,'ua:UA63080090010026457','Kupiansk','settlement','Kupiansk','UA','UA-63',49.71,37.6158,'geonames',37.6158,49.71,37.6158,49.71,'2024-05-25','UA');
INSERT INTO "claim_places" VALUES('82ec05f3e189d33d5d5e:1',1,'ua:UA63140010010035757','Vovchansk','settlement','Vovchansk','UA','UA-63',50.2908,36.9411,'geonames',36.9411,50.2908,36.9411,50.2908,'2024-05-25','UA');
INSERT INTO "claim_places" VALUES('82ec05f3e189d33d5d5e:1',2,'iso:UA-63','Kharkiv region','admin1','Kharkiv Oblast','UA','UA-63',49.6071,36.4912,'area',34.8415,48.527,38.0801,50.4319,'2024-05-25','UA');
INSERT INTO "claim_places" VALUES('89beaf42fd82018ac443:0',0,'gn:486816','Sudzha','settlement','Sudzha','RU','RU-KRS',51.191,35.271,'geonames',35.271,51.191,35.271,51.191,'2024-08-07','RU');
INSERT INTO "claim_places" VALUES('89beaf42fd82018ac443:0',1,'iso:RU-KRS','Kursk region','admin1','Kursk','RU','RU-KRS',51.6755,36.0756,'area',34.0795,50.9057,38.5051,52.433,'2024-08-07','RU');
INSERT INTO "claim_places" VALUES('89beaf42fd82018ac443:1',0,'gn:486816','Sudzha','settlement','Sudzha','RU','RU-KRS',51.191,35.271,'geonames',35.271,51.191,35.271,51.191,'2024-08-06','RU');
INSERT INTO "claim_places" VALUES('89beaf42fd82018ac443:1',1,'iso:UA-59','Sumy region','admin1','Sumy Oblast','UA','UA-59',51.098,34.1038,'area',32.9395,50.1072,35.6922,52.361,'2024-08-06','RU');
INSERT INTO "claim_places" VALUES('bf803de0b5817993beb8:0',0,'ua:UA51100270010076757','Odesa','settlement','Odesa','UA','UA-51',46.4857,30.7438,'geonames',30.7438,46.4857,30.7438,46.4857,'2023-07-19','UA');
INSERT INTO "claim_places" VALUES('bf803de0b5817993beb8:0',1,'ua:UA51100370010020298','Chornomorsk','settlement','Chornomorsk','UA','UA-51',46.2991,30.6553,'geonames',30.6553,46.2991,30.6553,46.2991,'2023-07-19','UA');
INSERT INTO "claim_places" VALUES('bf803de0b5817993beb8:1',0,'ua:UA51100370010020298','Chornomorsk','settlement','Chornomorsk','UA','UA-51',46.2991,30.6553,'geonames',30.6553,46.2991,30.6553,46.2991,'2023-07-19','UA');
INSERT INTO "claim_places" VALUES('bf803de0b5817993beb8:2',0,'ua:UA51100270010076757','Odesa','settlement','Odesa','UA','UA-51',46.4857,30.7438,'geonames',30.7438,46.4857,30.7438,46.4857,'2023-07-19','RU');
CREATE TABLE claims (
	id VARCHAR(64) NOT NULL, 
	article_id VARCHAR(40) NOT NULL, 
	seq INTEGER NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	source TEXT, 
	attacker VARCHAR(8), 
	date DATE, 
	date_precision VARCHAR(8) NOT NULL, 
	date_text TEXT, 
	map_date DATE, 
	map_date_from VARCHAR(8) NOT NULL, 
	targets TEXT NOT NULL, 
	weapons TEXT NOT NULL, 
	killed INTEGER, 
	wounded INTEGER, 
	outcome VARCHAR(16) NOT NULL, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	confidence FLOAT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	evidence TEXT, 
	corrected INTEGER NOT NULL, 
	overnight INTEGER DEFAULT 0 NOT NULL, 
	verified INTEGER DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "claims" VALUES('3b6d55450a2631d81534:0','3b6d55450a2631d81534',0,'UA','the Sumy regional military administration','RU','2025-04-13','day','on Sunday','2025-04-13','claim','civilian_infrastructure','ballistic_missile,missile',34,NULL,'hit','Two Russian ballistic missiles struck the centre of Sumy on Sunday morning as residents were on their way to church, the Sumy regional military administration said.',0,164,0.95,'claimed','["trigger: struck", "source: named in the sentence", "merged with sentence 3", "merged with sentence 4"]',0,0,0);
INSERT INTO "claims" VALUES('3b6d55450a2631d81534:1','3b6d55450a2631d81534',1,'RU','The Russian Defence Ministry','RU','2025-04-13','day','on Sunday','2025-04-13','claim','','iskander',NULL,NULL,'hit','The Russian Defence Ministry said later that its Iskander-M missiles had struck a meeting of Ukrainian commanders in Sumy.',428,550,0.95,'claimed','["trigger: struck", "source: named in the sentence", "date of the event referred back to"]',0,0,0);
INSERT INTO "claims" VALUES('47f54cc5014d16800353:0','47f54cc5014d16800353',0,'UA','Serhiy Lysak, head of the Dnipropetrovsk regional administration','RU','2025-04-04','day','on Friday','2025-04-04','claim','residential','ballistic_missile,missile',20,NULL,'hit','A Russian ballistic missile hit a residential neighbourhood of Kryvyi Rih on Friday evening, killing 20 people, including nine children, Serhiy Lysak, head of the Dnipropetrovsk regional administration, said.',0,208,0.95,'claimed','["trigger: hit", "source: named in the sentence", "merged with sentence 2"]',0,0,0);
INSERT INTO "claims" VALUES('47f54cc5014d16800353:1','47f54cc5014d16800353',1,'RU','Russian Defence Ministry','RU','2025-04-04','day','on Friday','2025-04-04','claim','civilian_infrastructure','',NULL,NULL,'hit','According to the Russian Defence Ministry, the strike targeted a restaurant in Kryvyi Rih where Ukrainian commanders and Western instructors were meeting.',326,480,0.95,'claimed','["trigger: targeted", "source: named in the sentence", "date of the event referred back to"]',0,0,0);
INSERT INTO "claims" VALUES('9452c19a6d63612d3c65:0','9452c19a6d63612d3c65',0,'UA','Ukraine''s SBU security service','UA','2025-06-01','day','on Sunday','2025-06-01','claim','aircraft,airfield','drone',NULL,NULL,'hit','Ukraine''s SBU security service said its drones struck Russian strategic bombers at four air bases on Sunday, including the Belaya base in the Irkutsk region and the Olenya base in the Murmansk region.',0,200,0.95,'claimed','["trigger: struck", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('9452c19a6d63612d3c65:1','9452c19a6d63612d3c65',1,'RU','The Russian Defence Ministry','UA','2025-06-01','day','on Sunday','2025-06-01','claim','airfield,aircraft','drone,airstrike',NULL,NULL,'hit','The Russian Defence Ministry said Ukrainian drones had attacked airfields in the Murmansk, Irkutsk, Ivanovo, Ryazan and Amur regions.',276,409,0.95,'claimed','["trigger: attacked", "source: named in the sentence", "date from a sentence before", "merged with sentence 4"]',0,0,0);
INSERT INTO "claims" VALUES('5d810db5437fda7f7360:0','5d810db5437fda7f7360',0,'UA','Kyiv mayor Vitali Klitschko','RU','2024-07-08','day','on Monday','2024-07-08','claim','civilian_infrastructure','missile',NULL,NULL,'hit','A Russian missile hit the Okhmatdyt children''s hospital in Kyiv on Monday during one of the largest attacks on the capital in months, Kyiv mayor Vitali Klitschko said.',0,167,0.95,'claimed','["trigger: hit", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('5d810db5437fda7f7360:1','5d810db5437fda7f7360',1,'UA','Ukraine''s Air Force','RU','2024-07-08','day','on Monday','2024-07-08','claim','','missile',NULL,NULL,'hit','Ukraine''s Air Force said Russia launched 38 missiles at Kyiv, Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk, and that 30 of them were shot down.',247,390,0.95,'claimed','["trigger: launched 38", "source: named in the sentence", "date from a sentence before"]',0,0,0);
INSERT INTO "claims" VALUES('5d810db5437fda7f7360:2','5d810db5437fda7f7360',2,'RU','The Russian Defence Ministry','RU','2024-07-08','day','on Monday','2024-07-08','claim','defense_industry,airfield,military_site,air_defense','missile',NULL,NULL,'hit','The Russian Defence Ministry said its forces carried out a strike on Ukrainian defence industry facilities and air bases with long-range precision weapons, and blamed the damage in Kyiv on a Ukrainian air defence missile.',392,613,0.95,'claimed','["trigger: strike", "source: named in the sentence", "date of the event referred back to"]',0,0,0);
INSERT INTO "claims" VALUES('dc476170b291e9626afd:0','dc476170b291e9626afd',0,'RU','Mikhail Razvozhayev','UA','2023-09-22','day','on Friday','2023-09-22','claim','military_site','missile',NULL,NULL,'hit','Ukrainian missiles struck the headquarters of Russia''s Black Sea Fleet in Sevastopol on Friday, the Russian-installed governor of the city, Mikhail Razvozhayev, said.',0,166,0.95,'claimed','["trigger: struck", "source: named in the sentence", "merged with sentence 4"]',0,0,0);
INSERT INTO "claims" VALUES('dc476170b291e9626afd:1','dc476170b291e9626afd',1,'UA','Ukraine''s armed forces','RU','2023-09-22','day','on Friday','2023-09-22','claim','military_site','',NULL,NULL,'hit','Ukraine''s armed forces said they had hit the fleet headquarters during a meeting of its commanders.',215,314,0.95,'claimed','["trigger: hit", "source: named in the sentence", "places of the event referred back to", "date of the event referred back to"]',0,0,0);
INSERT INTO "claims" VALUES('d81501aa859bf1c279ed:0','d81501aa859bf1c279ed',0,'RU','regional governor Roman Busargin','UA','2025-01-08','day','overnight','2025-01-08','claim','fuel_depot','drone',NULL,NULL,'hit','Ukrainian drones attacked an oil depot in Engels in the Saratov region overnight, setting it on fire, regional governor Roman Busargin said.',0,140,0.95,'claimed','["trigger: attacked", "source: named in the sentence"]',0,1,0);
INSERT INTO "claims" VALUES('6d9e69e43317ecc3c12d:0','6d9e69e43317ecc3c12d',0,'RU','a source in Ukraine''s SBU','UA','2024-09-18','day','overnight','2024-09-18','claim','ammunition_depot','drone,missile,glide_bomb',NULL,NULL,'hit','Ukrainian drones struck a large arsenal near Toropets in the Tver region overnight, a source in Ukraine''s SBU said, describing stores of missiles and glide bombs.',0,162,0.95,'claimed','["trigger: struck", "source: named in the sentence"]',0,1,0);
INSERT INTO "claims" VALUES('6d9e69e43317ecc3c12d:1','6d9e69e43317ecc3c12d',1,'RU','Igor Rudenya, governor of the Tver region','UA','2024-09-18','day','overnight','2024-09-18','claim','','drone',NULL,NULL,'intercepted','Igor Rudenya, governor of the Tver region, said a fire broke out after debris from downed drones fell on Toropets, and residents of part of the town were evacuated.',164,328,0.95,'claimed','["trigger: fire broke out", "source: named in the sentence", "date of the event referred back to"]',0,1,0);
INSERT INTO "claims" VALUES('bd5ce9e4912f4399a0b3:0','bd5ce9e4912f4399a0b3',0,'RU','Vyacheslav Gladkov, the Belgorod governor','UA','2023-12-30','day','on Saturday','2023-12-30','claim','','artillery',24,NULL,'hit','Ukrainian shelling hit the centre of Belgorod on Saturday afternoon, killing 24 people, Vyacheslav Gladkov, the Belgorod governor, said.',0,136,0.95,'claimed','["trigger: shelling", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('676da30274115f6564d4:0','676da30274115f6564d4',0,'UA','Ukraine''s Air Force commander Mykola Oleshchuk','RU','2023-12-29','day','overnight','2023-12-29','claim','','missile,drone',NULL,NULL,'hit','Russia launched 122 missiles and 36 drones at Ukraine overnight, Ukraine''s Air Force commander Mykola Oleshchuk said on Friday, calling it the largest aerial attack since the start of the full-scale invasion.',0,208,0.8,'claimed','["trigger: launched 122", "source: named in the sentence"]',0,1,0);
INSERT INTO "claims" VALUES('676da30274115f6564d4:1','676da30274115f6564d4',1,'UA','regional officials','RU','2023-12-29','day','on Friday','2023-12-29','claim','civilian_infrastructure,residential','',30,NULL,'hit','Strikes hit a maternity hospital in Dnipro, a shopping centre and residential buildings in Kyiv, and homes in Lviv, Odesa and Kharkiv, regional officials said.',210,369,0.95,'claimed','["trigger: hit", "source: named in the sentence", "date from a sentence before"]',0,0,0);
INSERT INTO "claims" VALUES('676da30274115f6564d4:2','676da30274115f6564d4',2,'RU','The Russian Defence Ministry',NULL,'2023-12-29','day','on Friday','2023-12-29','claim','defense_industry,airfield','',NULL,NULL,'hit','The Russian Defence Ministry said it had struck military-industrial facilities and airfields across Ukraine.',422,530,0.7,'claimed','["trigger: struck", "source: named in the sentence", "date from a sentence before"]',0,0,0);
INSERT INTO "claims" VALUES('d881c5191072f9cd7a4f:0','d881c5191072f9cd7a4f',0,'UA','city officials','RU','2022-10-10','day','Monday','2022-10-10','claim','','missile',NULL,NULL,'hit','Russian missiles struck central Kyiv during the Monday morning rush hour, hitting a park and a busy junction, city officials said.',0,130,0.95,'claimed','["trigger: struck", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('d881c5191072f9cd7a4f:1','d881c5191072f9cd7a4f',1,'UA','Explosions were','RU','2022-10-10','day','Monday','2022-10-10','claim','','cruise_missile,drone',NULL,NULL,'hit','Explosions were also reported in Lviv, Dnipro, Zaporizhzhia and Kharkiv.',131,203,0.95,'claimed','["trigger: Explosions", "source: named in the sentence", "date from a sentence before", "merged with sentence 4"]',0,0,0);
INSERT INTO "claims" VALUES('d881c5191072f9cd7a4f:2','d881c5191072f9cd7a4f',2,'RU','Vladimir Putin','RU','2022-10-10','day','Monday','2022-10-10','claim','bridge','',NULL,NULL,'hit','Vladimir Putin said the strikes on energy and military command targets were a response to the explosion on the Crimean bridge two days earlier, which Moscow blamed on Ukrainian intelligence.',205,395,0.95,'claimed','["trigger: strikes", "source: named in the sentence", "places of the event referred back to", "date of the event referred back to"]',0,0,0);
INSERT INTO "claims" VALUES('82ec05f3e189d33d5d5e:0','82ec05f3e189d33d5d5e',0,'UA','Kharkiv governor Oleh Syniehubov','RU','2024-05-25','day','on Saturday','2024-05-25','claim','','glide_bomb',19,NULL,'hit','Two Russian glide bombs struck the Epicentr hypermarket in Kharkiv on Saturday afternoon, when it was full of shoppers, Kharkiv governor Oleh Syniehubov said.',0,158,0.95,'claimed','["trigger: struck", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('82ec05f3e189d33d5d5e:1','82ec05f3e189d33d5d5e',1,'UA','the regional administration','RU','2024-05-25','day','on Saturday','2024-05-25','claim','','artillery',NULL,NULL,'hit','Russian forces also shelled Kupiansk and villages near Vovchansk in the Kharkiv region the same day, the regional administration said.',284,418,0.95,'claimed','["trigger: shelled", "source: named in the sentence", "date from a sentence before"]',0,0,0);
INSERT INTO "claims" VALUES('89beaf42fd82018ac443:0','89beaf42fd82018ac443',0,'RU','Alexei Smirnov, the acting governor of the Kursk region','UA','2024-08-07','day','on Wednesday','2024-08-07','claim','','artillery,drone',NULL,NULL,'hit','Ukrainian forces shelled the town of Sudzha in the Kursk region and attacked border posts with drones, Alexei Smirnov, the acting governor of the Kursk region, said on Wednesday.',0,178,0.95,'claimed','["trigger: shelled", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('89beaf42fd82018ac443:1','89beaf42fd82018ac443',1,'RU','The Russian Defence Ministry','RU','2024-08-06','day','on Tuesday','2024-08-06','claim','aircraft','airstrike,missile',NULL,NULL,'hit','The Russian Defence Ministry said its forces repelled an attempted incursion near Sudzha and struck Ukrainian units with aircraft and missiles in the Sumy region on Tuesday.',220,393,0.95,'claimed','["trigger: repelled", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('bf803de0b5817993beb8:0','bf803de0b5817993beb8',0,'UA','the Odesa regional administration','RU','2023-07-19','day','on Wednesday','2023-07-19','claim','port','missile,shahed',NULL,NULL,'hit','Russian missiles and Shahed drones struck port and grain terminal facilities in Odesa and Chornomorsk for a second night, the Odesa regional administration said on Wednesday.',0,174,0.95,'claimed','["trigger: struck", "source: named in the sentence"]',0,0,0);
INSERT INTO "claims" VALUES('bf803de0b5817993beb8:1','bf803de0b5817993beb8',1,'UA','Officials','RU','2023-07-19','day','on Wednesday','2023-07-19','claim','','',NULL,NULL,'hit','Officials said 60,000 tonnes of grain were destroyed in Chornomorsk.',175,243,0.95,'claimed','["trigger: destroyed", "source: named in the sentence", "date from a sentence before"]',0,0,0);
INSERT INTO "claims" VALUES('bf803de0b5817993beb8:2','bf803de0b5817993beb8',2,'RU','The Russian Defence Ministry','RU','2023-07-19','day','on Wednesday','2023-07-19','claim','','drone',NULL,NULL,'hit','The Russian Defence Ministry said it had carried out retaliatory strikes on facilities in Odesa where Ukraine prepared attacks with sea drones.',245,388,0.95,'claimed','["trigger: strikes", "source: named in the sentence", "date from a sentence before"]',0,0,0);
CREATE TABLE corrections (
	id INTEGER NOT NULL, 
	claim_id VARCHAR(64) NOT NULL, 
	field VARCHAR(16) NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	author TEXT NOT NULL, 
	note TEXT, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE
);
CREATE TABLE event_places (
	claim_id VARCHAR(64) NOT NULL, 
	seq INTEGER NOT NULL, 
	event_id VARCHAR(24) NOT NULL, 
	pinned INTEGER NOT NULL, 
	link TEXT, 
	PRIMARY KEY (claim_id, seq), 
	FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE CASCADE
);
INSERT INTO "event_places" VALUES('3b6d55450a2631d81534:0',0,'e8e725646cf21d35d',0,'opened the event');
INSERT INTO "event_places" VALUES('3b6d55450a2631d81534:1',0,'e8e725646cf21d35d',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('47f54cc5014d16800353:0',0,'ebd99e0b8e35ca535',0,'opened the event');
INSERT INTO "event_places" VALUES('47f54cc5014d16800353:1',0,'ebd99e0b8e35ca535',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:0',1,'ec4b92b601798670f',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:0',0,'e6610deba3a5e6e63',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:1',0,'e6610deba3a5e6e63',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:1',1,'eb2f7b4dc657cfe08',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:1',2,'e66f2a85a3724e59a',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:1',3,'e98d6b31df60257c5',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:1',4,'eacff7484c11d1474',0,'opened the event');
INSERT INTO "event_places" VALUES('5d810db5437fda7f7360:2',0,'e6610deba3a5e6e63',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('dc476170b291e9626afd:0',0,'e246ee3c153e28551',0,'opened the event');
INSERT INTO "event_places" VALUES('dc476170b291e9626afd:1',0,'e246ee3c153e28551',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('d81501aa859bf1c279ed:0',0,'e4c9f53c3f354a865',0,'opened the event');
INSERT INTO "event_places" VALUES('6d9e69e43317ecc3c12d:0',0,'e7728f52ce80f0ba4',0,'opened the event');
INSERT INTO "event_places" VALUES('6d9e69e43317ecc3c12d:1',0,'e7728f52ce80f0ba4',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('676da30274115f6564d4:1',0,'e6a67381787f12e14',0,'opened the event');
INSERT INTO "event_places" VALUES('676da30274115f6564d4:1',1,'e001e26c077cfd9a8',0,'opened the event');
INSERT INTO "event_places" VALUES('676da30274115f6564d4:1',2,'e86a64f67234285b7',0,'opened the event');
INSERT INTO "event_places" VALUES('676da30274115f6564d4:1',3,'e9a2e395f25a35f55',0,'opened the event');
INSERT INTO "event_places" VALUES('676da30274115f6564d4:1',4,'ea5db0f9e5efe91fd',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:0',0,'ee2fb577fe62a58fd',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:1',0,'e100126b32926d28c',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:1',1,'e24db178b95e8eabe',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:1',2,'e3edf03ec6b34a943',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:1',3,'e5bebd197bc14d047',0,'opened the event');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:2',0,'e100126b32926d28c',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:2',1,'e24db178b95e8eabe',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:2',2,'e3edf03ec6b34a943',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('d881c5191072f9cd7a4f:2',3,'e5bebd197bc14d047',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('82ec05f3e189d33d5d5e:0',0,'e7502f1c7ebbfea59',0,'opened the event');
INSERT INTO "event_places" VALUES('82ec05f3e189d33d5d5e:1',0,'e430b976de9053177',0,'opened the event');
INSERT INTO "event_places" VALUES('82ec05f3e189d33d5d5e:1',1,'e9498c95818e31964',0,'opened the event');
INSERT INTO "event_places" VALUES('89beaf42fd82018ac443:0',0,'ed637822392d4d1ec',0,'opened the event');
INSERT INTO "event_places" VALUES('89beaf42fd82018ac443:1',0,'ed637822392d4d1ec',0,'the same place, a day apart (a loose date)');
INSERT INTO "event_places" VALUES('bf803de0b5817993beb8:0',0,'ef72bdc5b7fedaf67',0,'opened the event');
INSERT INTO "event_places" VALUES('bf803de0b5817993beb8:0',1,'ec463cca45f459192',0,'opened the event');
INSERT INTO "event_places" VALUES('bf803de0b5817993beb8:1',0,'ec463cca45f459192',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('bf803de0b5817993beb8:2',0,'ef72bdc5b7fedaf67',0,'the same place, the same day');
INSERT INTO "event_places" VALUES('bd5ce9e4912f4399a0b3:0',0,'ee1667c246734453c',0,'opened the event: no single strike in this area to tie to');
INSERT INTO "event_places" VALUES('82ec05f3e189d33d5d5e:1',2,'e430b976de9053177',0,'Kharkiv Oblast names where Kupiansk is');
INSERT INTO "event_places" VALUES('89beaf42fd82018ac443:1',1,'eb77428d63c65540f',0,'opened the event: no single strike in this area to tie to');
INSERT INTO "event_places" VALUES('89beaf42fd82018ac443:0',1,'ed637822392d4d1ec',0,'Kursk names where Sudzha is');
INSERT INTO "event_places" VALUES('6d9e69e43317ecc3c12d:0',1,'e7728f52ce80f0ba4',0,'Tver names where Toropets is');
INSERT INTO "event_places" VALUES('d81501aa859bf1c279ed:0',1,'e4c9f53c3f354a865',0,'Saratov names where Engels is');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:0',0,'e77da89e710de289c',0,'opened the event: no single strike in this area to tie to');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:0',2,'ec4b92b601798670f',0,'Murmansk names where Olenya air base is');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:1',0,'ec4b92b601798670f',0,'the only strike reported in Murmansk then');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:1',1,'e77da89e710de289c',0,'the same area, no single strike in it to tie to');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:1',2,'e547ed0fad46ae9cc',0,'opened the event: no single strike in this area to tie to');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:1',3,'e378d815070b67d76',0,'opened the event: no single strike in this area to tie to');
INSERT INTO "event_places" VALUES('9452c19a6d63612d3c65:1',4,'e1744ba1839d3f2a2',0,'opened the event: no single strike in this area to tie to');
CREATE TABLE events (
	id VARCHAR(24) NOT NULL, 
	day DATE NOT NULL, 
	loose INTEGER NOT NULL, 
	place_id VARCHAR(40) NOT NULL, 
	place_name TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	admin1 VARCHAR(12), 
	lat FLOAT NOT NULL, 
	lon FLOAT NOT NULL, 
	n_places INTEGER NOT NULL, 
	sides VARCHAR(24) NOT NULL, 
	hits VARCHAR(24) NOT NULL, 
	intercepts VARCHAR(24) NOT NULL, 
	groups TEXT NOT NULL, 
	verified INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	why TEXT, 
	evidence TEXT, 
	PRIMARY KEY (id)
);
INSERT INTO "events" VALUES('e8e725646cf21d35d','2025-04-13',1,'ua:UA59080270010036634','Sumy','settlement','UA-59',50.9174,34.7991,2,'RU,UA','RU,UA','','{"RU": [], "UA": ["civilian"]}',0,'acknowledged','acknowledged: both sides report it (The Russian Defence Ministry for RU, the Sumy regional military administration for UA)','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry", "UA:hit": "the Sumy regional military administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('ebd99e0b8e35ca535','2025-04-04',1,'ua:UA12060170010065850','Kryvyi Rih','settlement','UA-12',47.9057,33.394,2,'RU,UA','RU,UA','','{"RU": ["civilian"], "UA": ["civilian"]}',0,'acknowledged','acknowledged: both sides report it (Russian Defence Ministry for RU, Serhiy Lysak, head of the Dnipropetrovsk regional administration for UA)','{"late": false, "voices": {"RU:hit": "Russian Defence Ministry", "UA:hit": "Serhiy Lysak, head of the Dnipropetrovsk regional administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('ec4b92b601798670f','2025-06-01',1,'fac:ru-olenya-airbase','Olenya air base','facility','RU-MUR',68.152,33.464,3,'RU,UA','RU,UA','','{"RU": ["military"], "UA": ["military"]}',0,'acknowledged','acknowledged: both sides report it (The Russian Defence Ministry for RU, Ukraine''s SBU security service for UA)','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry", "UA:hit": "Ukraine''s SBU security service"}, "witnesses": []}');
INSERT INTO "events" VALUES('e6610deba3a5e6e63','2024-07-08',1,'ua:UA80000000000093317','Kyiv','settlement','UA-30',50.4547,30.5238,3,'RU,UA','RU,UA','','{"RU": ["military"], "UA": ["civilian"]}',0,'acknowledged','acknowledged: both sides report it (The Russian Defence Ministry for RU, Kyiv mayor Vitali Klitschko for UA)','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry", "UA:hit": "Kyiv mayor Vitali Klitschko"}, "witnesses": []}');
INSERT INTO "events" VALUES('eb2f7b4dc657cfe08','2024-07-08',1,'ua:UA12020010010037010','Dnipro','settlement','UA-12',48.4666,35.0407,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only Ukraine''s Air Force (UA) reports it','{"late": false, "voices": {"UA:hit": "Ukraine''s Air Force"}, "witnesses": []}');
INSERT INTO "events" VALUES('e66f2a85a3724e59a','2024-07-08',1,'ua:UA12060170010065850','Kryvyi Rih','settlement','UA-12',47.9057,33.394,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only Ukraine''s Air Force (UA) reports it','{"late": false, "voices": {"UA:hit": "Ukraine''s Air Force"}, "witnesses": []}');
INSERT INTO "events" VALUES('e98d6b31df60257c5','2024-07-08',1,'ua:UA14120210010032554','Sloviansk','settlement','UA-14',48.8497,37.5974,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only Ukraine''s Air Force (UA) reports it','{"late": false, "voices": {"UA:hit": "Ukraine''s Air Force"}, "witnesses": []}');
INSERT INTO "events" VALUES('eacff7484c11d1474','2024-07-08',1,'ua:UA14120090010038661','Kramatorsk','settlement','UA-14',48.7311,37.5678,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only Ukraine''s Air Force (UA) reports it','{"late": false, "voices": {"UA:hit": "Ukraine''s Air Force"}, "witnesses": []}');
INSERT INTO "events" VALUES('e246ee3c153e28551','2023-09-22',1,'ua:UA85000000000065278','Sevastopol','settlement','UA-40',44.608,33.5213,2,'RU,UA','RU,UA','','{"RU": ["military"], "UA": ["military"]}',0,'acknowledged','acknowledged: both sides report it (Mikhail Razvozhayev for RU, Ukraine''s armed forces for UA)','{"late": false, "voices": {"RU:hit": "Mikhail Razvozhayev", "UA:hit": "Ukraine''s armed forces"}, "witnesses": []}');
INSERT INTO "events" VALUES('e4c9f53c3f354a865','2025-01-08',1,'gn:563464','Engels','settlement','RU-SAR',51.4839,46.1053,2,'RU','RU','','{"RU": ["energy"]}',0,'single','single: of the two sides only regional governor Roman Busargin (RU) reports it','{"late": false, "voices": {"RU:hit": "regional governor Roman Busargin"}, "witnesses": []}');
INSERT INTO "events" VALUES('e7728f52ce80f0ba4','2024-09-18',1,'gn:482042','Toropets','settlement','RU-TVE',56.4995,31.6392,3,'RU','RU','RU','{"RU": ["military"]}',0,'single','single: of the two sides only a source in Ukraine''s SBU (RU) reports it','{"late": false, "voices": {"RU:hit": "a source in Ukraine''s SBU", "RU:intercepted": "Igor Rudenya, governor of the Tver region"}, "witnesses": []}');
INSERT INTO "events" VALUES('e6a67381787f12e14','2023-12-29',1,'ua:UA12020010010037010','Dnipro','settlement','UA-12',48.4666,35.0407,1,'UA','UA','','{"UA": ["civilian"]}',0,'single','single: of the two sides only regional officials (UA) reports it','{"late": false, "voices": {"UA:hit": "regional officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('e001e26c077cfd9a8','2023-12-29',1,'ua:UA80000000000093317','Kyiv','settlement','UA-30',50.4547,30.5238,1,'UA','UA','','{"UA": ["civilian"]}',0,'single','single: of the two sides only regional officials (UA) reports it','{"late": false, "voices": {"UA:hit": "regional officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('e86a64f67234285b7','2023-12-29',1,'ua:UA46060250010015970','Lviv','settlement','UA-46',49.8383,24.0232,1,'UA','UA','','{"UA": ["civilian"]}',0,'single','single: of the two sides only regional officials (UA) reports it','{"late": false, "voices": {"UA:hit": "regional officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('e9a2e395f25a35f55','2023-12-29',1,'ua:UA51100270010076757','Odesa','settlement','UA-51',46.4857,30.7438,1,'UA','UA','','{"UA": ["civilian"]}',0,'single','single: of the two sides only regional officials (UA) reports it','{"late": false, "voices": {"UA:hit": "regional officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('ea5db0f9e5efe91fd','2023-12-29',1,'ua:UA63120270010096107','Kharkiv','settlement','UA-63',49.9818,36.2548,1,'UA','UA','','{"UA": ["civilian"]}',0,'single','single: of the two sides only regional officials (UA) reports it','{"late": false, "voices": {"UA:hit": "regional officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('ee2fb577fe62a58fd','2022-10-10',1,'ua:UA80000000000093317','Kyiv','settlement','UA-30',50.4547,30.5238,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only city officials (UA) reports it','{"late": false, "voices": {"UA:hit": "city officials"}, "witnesses": []}');
INSERT INTO "events" VALUES('e100126b32926d28c','2022-10-10',1,'ua:UA46060250010015970','Lviv','settlement','UA-46',49.8383,24.0232,2,'RU,UA','RU,UA','','{"RU": ["transport"], "UA": []}',0,'acknowledged','acknowledged: both sides report it (Vladimir Putin for RU, Explosions were for UA)','{"late": false, "voices": {"RU:hit": "Vladimir Putin", "UA:hit": "Explosions were"}, "witnesses": []}');
INSERT INTO "events" VALUES('e24db178b95e8eabe','2022-10-10',1,'ua:UA12020010010037010','Dnipro','settlement','UA-12',48.4666,35.0407,2,'RU,UA','RU,UA','','{"RU": ["transport"], "UA": []}',0,'acknowledged','acknowledged: both sides report it (Vladimir Putin for RU, Explosions were for UA)','{"late": false, "voices": {"RU:hit": "Vladimir Putin", "UA:hit": "Explosions were"}, "witnesses": []}');
INSERT INTO "events" VALUES('e3edf03ec6b34a943','2022-10-10',1,'ua:UA23060070010069526','Zaporizhzhia','settlement','UA-23',47.8517,35.1171,2,'RU,UA','RU,UA','','{"RU": ["transport"], "UA": []}',0,'acknowledged','acknowledged: both sides report it (Vladimir Putin for RU, Explosions were for UA)','{"late": false, "voices": {"RU:hit": "Vladimir Putin", "UA:hit": "Explosions were"}, "witnesses": []}');
INSERT INTO "events" VALUES('e5bebd197bc14d047','2022-10-10',1,'ua:UA63120270010096107','Kharkiv','settlement','UA-63',49.9818,36.2548,2,'RU,UA','RU,UA','','{"RU": ["transport"], "UA": []}',0,'acknowledged','acknowledged: both sides report it (Vladimir Putin for RU, Explosions were for UA)','{"late": false, "voices": {"RU:hit": "Vladimir Putin", "UA:hit": "Explosions were"}, "witnesses": []}');
INSERT INTO "events" VALUES('e7502f1c7ebbfea59','2024-05-25',1,'ua:UA63120270010096107','Kharkiv','settlement','UA-63',49.9818,36.2548,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only Kharkiv governor Oleh Syniehubov (UA) reports it','{"late": false, "voices": {"UA:hit": "Kharkiv governor Oleh Syniehubov"}, "witnesses": []}');
INSERT INTO "events" VALUES('e430b976de9053177','2024-05-25',1,'ua:UA63080090010026457','Kupiansk','settlement','UA-63',49.71,37.6158,2,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only the regional administration (UA) reports it','{"late": false, "voices": {"UA:hit": "the regional administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('e9498c95818e31964','2024-05-25',1,'ua:UA63140010010035757','Vovchansk','settlement','UA-63',50.2908,36.9411,1,'UA','UA','','{"UA": []}',0,'single','single: of the two sides only the regional administration (UA) reports it','{"late": false, "voices": {"UA:hit": "the regional administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('ed637822392d4d1ec','2024-08-07',1,'gn:486816','Sudzha','settlement','RU-KRS',51.191,35.271,3,'RU','RU','','{"RU": ["military"]}',0,'single','single: of the two sides only Alexei Smirnov, the acting governor of the Kursk region (RU) reports it','{"late": false, "voices": {"RU:hit": "Alexei Smirnov, the acting governor of the Kursk region"}, "witnesses": []}');
INSERT INTO "events" VALUES('ef72bdc5b7fedaf67','2023-07-19',1,'ua:UA51100270010076757','Odesa','settlement','UA-51',46.4857,30.7438,2,'RU,UA','RU,UA','','{"RU": [], "UA": ["transport"]}',0,'acknowledged','acknowledged: both sides report it (The Russian Defence Ministry for RU, the Odesa regional administration for UA)','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry", "UA:hit": "the Odesa regional administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('ec463cca45f459192','2023-07-19',1,'ua:UA51100370010020298','Chornomorsk','settlement','UA-51',46.2991,30.6553,2,'UA','UA','','{"UA": ["transport"]}',0,'single','single: of the two sides only the Odesa regional administration (UA) reports it','{"late": false, "voices": {"UA:hit": "the Odesa regional administration"}, "witnesses": []}');
INSERT INTO "events" VALUES('ee1667c246734453c','2023-12-30',1,'iso:RU-BEL','Belgorod','admin1','RU-BEL',50.6642,37.4727,1,'RU','RU','','{"RU": []}',0,'single','single: of the two sides only Vyacheslav Gladkov, the Belgorod governor (RU) reports it','{"late": false, "voices": {"RU:hit": "Vyacheslav Gladkov, the Belgorod governor"}, "witnesses": []}');
INSERT INTO "events" VALUES('eb77428d63c65540f','2024-08-06',1,'iso:UA-59','Sumy Oblast','admin1','UA-59',51.098,34.1038,1,'RU','RU','','{"RU": ["military"]}',0,'single','single: of the two sides only The Russian Defence Ministry (RU) reports it','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry"}, "witnesses": []}');
INSERT INTO "events" VALUES('e77da89e710de289c','2025-06-01',1,'iso:RU-IRK','Irkutsk','admin1','RU-IRK',57.0939,106.3603,2,'RU,UA','RU,UA','','{"RU": ["military"], "UA": ["military"]}',0,'acknowledged','acknowledged: both sides report it (The Russian Defence Ministry for RU, Ukraine''s SBU security service for UA)','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry", "UA:hit": "Ukraine''s SBU security service"}, "witnesses": []}');
INSERT INTO "events" VALUES('e547ed0fad46ae9cc','2025-06-01',1,'iso:RU-IVA','Ivanovo','admin1','RU-IVA',57.0162,41.7095,1,'RU','RU','','{"RU": ["military"]}',0,'single','single: of the two sides only The Russian Defence Ministry (RU) reports it','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry"}, "witnesses": []}');
INSERT INTO "events" VALUES('e378d815070b67d76','2025-06-01',1,'iso:RU-RYA','Ryazan','admin1','RU-RYA',54.328,40.6211,1,'RU','RU','','{"RU": ["military"]}',0,'single','single: of the two sides only The Russian Defence Ministry (RU) reports it','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry"}, "witnesses": []}');
INSERT INTO "events" VALUES('e1744ba1839d3f2a2','2025-06-01',1,'iso:RU-AMU','Amur','admin1','RU-AMU',53.4003,127.7299,1,'RU','RU','','{"RU": ["military"]}',0,'single','single: of the two sides only The Russian Defence Ministry (RU) reports it','{"late": false, "voices": {"RU:hit": "The Russian Defence Ministry"}, "witnesses": []}');
CREATE TABLE rollup_areas (
	day DATE NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	admin1 VARCHAR(12) NOT NULL, 
	n INTEGER NOT NULL, 
	PRIMARY KEY (day, side, admin1)
);
INSERT INTO "rollup_areas" VALUES('2022-10-10','RU','UA-12',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','RU','UA-23',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','RU','UA-46',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','RU','UA-63',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','UA','UA-12',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','UA','UA-23',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','UA','UA-30',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','UA','UA-46',1);
INSERT INTO "rollup_areas" VALUES('2022-10-10','UA','UA-63',1);
INSERT INTO "rollup_areas" VALUES('2023-07-19','RU','UA-51',1);
INSERT INTO "rollup_areas" VALUES('2023-07-19','UA','UA-51',3);
INSERT INTO "rollup_areas" VALUES('2023-09-22','RU','UA-40',1);
INSERT INTO "rollup_areas" VALUES('2023-09-22','UA','UA-40',1);
INSERT INTO "rollup_areas" VALUES('2023-12-29','UA','UA-12',1);
INSERT INTO "rollup_areas" VALUES('2023-12-29','UA','UA-30',1);
INSERT INTO "rollup_areas" VALUES('2023-12-29','UA','UA-46',1);
INSERT INTO "rollup_areas" VALUES('2023-12-29','UA','UA-51',1);
INSERT INTO "rollup_areas" VALUES('2023-12-29','UA','UA-63',1);
INSERT INTO "rollup_areas" VALUES('2023-12-30','RU','RU-BEL',1);
INSERT INTO "rollup_areas" VALUES('2024-05-25','UA','UA-63',4);
INSERT INTO "rollup_areas" VALUES('2024-07-08','RU','UA-30',1);
INSERT INTO "rollup_areas" VALUES('2024-07-08','UA','UA-12',2);
INSERT INTO "rollup_areas" VALUES('2024-07-08','UA','UA-14',2);
INSERT INTO "rollup_areas" VALUES('2024-07-08','UA','UA-30',2);
INSERT INTO "rollup_areas" VALUES('2024-08-06','RU','RU-KRS',1);
INSERT INTO "rollup_areas" VALUES('2024-08-06','RU','UA-59',1);
INSERT INTO "rollup_areas" VALUES('2024-08-07','RU','RU-KRS',2);
INSERT INTO "rollup_areas" VALUES('2024-09-18','RU','RU-TVE',3);
INSERT INTO "rollup_areas" VALUES('2025-01-08','RU','RU-SAR',2);
INSERT INTO "rollup_areas" VALUES('2025-04-04','RU','UA-12',1);
INSERT INTO "rollup_areas" VALUES('2025-04-04','UA','UA-12',1);
INSERT INTO "rollup_areas" VALUES('2025-04-13','RU','UA-59',1);
INSERT INTO "rollup_areas" VALUES('2025-04-13','UA','UA-59',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','RU','RU-AMU',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','RU','RU-IRK',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','RU','RU-IVA',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','RU','RU-MUR',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','RU','RU-RYA',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','UA','RU-IRK',1);
INSERT INTO "rollup_areas" VALUES('2025-06-01','UA','RU-MUR',2);
CREATE TABLE rollup_cells (
	month DATE NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	gx INTEGER NOT NULL, 
	gy INTEGER NOT NULL, 
	admin1 VARCHAR(12) NOT NULL, 
	n INTEGER NOT NULL, 
	PRIMARY KEY (month, side, gx, gy, admin1)
);
INSERT INTO "rollup_cells" VALUES('2022-10-01','RU',30,62,'UA-46',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','RU',43,60,'UA-23',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','RU',43,61,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','RU',45,62,'UA-63',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','UA',30,62,'UA-46',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','UA',38,63,'UA-30',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','UA',43,60,'UA-23',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','UA',43,61,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2022-10-01','UA',45,62,'UA-63',1);
INSERT INTO "rollup_cells" VALUES('2023-07-01','RU',38,58,'UA-51',1);
INSERT INTO "rollup_cells" VALUES('2023-07-01','UA',38,58,'UA-51',3);
INSERT INTO "rollup_cells" VALUES('2023-09-01','RU',41,56,'UA-40',1);
INSERT INTO "rollup_cells" VALUES('2023-09-01','UA',41,56,'UA-40',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','RU',46,63,'RU-BEL',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','UA',30,62,'UA-46',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','UA',38,58,'UA-51',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','UA',38,63,'UA-30',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','UA',43,61,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2023-12-01','UA',45,62,'UA-63',1);
INSERT INTO "rollup_cells" VALUES('2024-05-01','UA',45,62,'UA-63',2);
INSERT INTO "rollup_cells" VALUES('2024-05-01','UA',46,63,'UA-63',1);
INSERT INTO "rollup_cells" VALUES('2024-05-01','UA',47,62,'UA-63',1);
INSERT INTO "rollup_cells" VALUES('2024-07-01','RU',38,63,'UA-30',1);
INSERT INTO "rollup_cells" VALUES('2024-07-01','UA',38,63,'UA-30',2);
INSERT INTO "rollup_cells" VALUES('2024-07-01','UA',41,60,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2024-07-01','UA',43,61,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2024-07-01','UA',46,61,'UA-14',2);
INSERT INTO "rollup_cells" VALUES('2024-08-01','RU',42,64,'UA-59',1);
INSERT INTO "rollup_cells" VALUES('2024-08-01','RU',44,64,'RU-KRS',2);
INSERT INTO "rollup_cells" VALUES('2024-08-01','RU',45,65,'RU-KRS',1);
INSERT INTO "rollup_cells" VALUES('2024-09-01','RU',39,71,'RU-TVE',2);
INSERT INTO "rollup_cells" VALUES('2024-09-01','RU',43,71,'RU-TVE',1);
INSERT INTO "rollup_cells" VALUES('2025-01-01','RU',57,64,'RU-SAR',1);
INSERT INTO "rollup_cells" VALUES('2025-01-01','RU',58,64,'RU-SAR',1);
INSERT INTO "rollup_cells" VALUES('2025-04-01','RU',41,60,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2025-04-01','RU',43,64,'UA-59',1);
INSERT INTO "rollup_cells" VALUES('2025-04-01','UA',41,60,'UA-12',1);
INSERT INTO "rollup_cells" VALUES('2025-04-01','UA',43,64,'UA-59',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','RU',43,85,'RU-MUR',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','RU',50,68,'RU-RYA',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','RU',52,71,'RU-IVA',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','RU',132,71,'RU-IRK',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','RU',159,67,'RU-AMU',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','UA',41,85,'RU-MUR',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','UA',43,85,'RU-MUR',1);
INSERT INTO "rollup_cells" VALUES('2025-06-01','UA',132,71,'RU-IRK',1);
CREATE TABLE rollup_days (
	day DATE NOT NULL, 
	side VARCHAR(8) NOT NULL, 
	n INTEGER NOT NULL, 
	claims INTEGER NOT NULL, 
	placeless INTEGER NOT NULL, 
	places BLOB NOT NULL, 
	PRIMARY KEY (day, side)
);
INSERT INTO "rollup_days" VALUES('2022-10-10','RU',4,1,0,X'4D3E683948915E25964ACB35A2968C26F45221A3F999DE382235A2C66225D3FE');
INSERT INTO "rollup_days" VALUES('2022-10-10','UA',5,2,0,X'4D3E683948915E25964ACB35A2968C26F45221A3F999DE3862A6E943950C127F2235A2C66225D3FE');
INSERT INTO "rollup_days" VALUES('2023-07-19','RU',1,1,0,X'BE97BEC7FACDE68D');
INSERT INTO "rollup_days" VALUES('2023-07-19','UA',3,2,0,X'BE97BEC7FACDE68DB8AB3EC010F3FFF2');
INSERT INTO "rollup_days" VALUES('2023-09-22','RU',1,1,0,X'7223CA703FA714EA');
INSERT INTO "rollup_days" VALUES('2023-09-22','UA',1,1,0,X'7223CA703FA714EA');
INSERT INTO "rollup_days" VALUES('2023-12-29','RU',0,0,1,X'');
INSERT INTO "rollup_days" VALUES('2023-12-29','UA',5,1,1,X'4D3E683948915E25F45221A3F999DE3862A6E943950C127FBE97BEC7FACDE68D2235A2C66225D3FE');
INSERT INTO "rollup_days" VALUES('2023-12-30','RU',1,1,0,X'4BE5D41F1F9E4871');
INSERT INTO "rollup_days" VALUES('2024-05-25','UA',4,2,0,X'4D3E683948915E25EEC9160233DF0F820F6168D959B22E976563A595958F7CF5');
INSERT INTO "rollup_days" VALUES('2024-07-08','RU',1,1,0,X'62A6E943950C127F');
INSERT INTO "rollup_days" VALUES('2024-07-08','UA',6,2,0,X'130D36F0B7D2832AF45221A3F999DE3862A6E943950C127FAB40B2B60E61008F32F412297EEC40EF');
INSERT INTO "rollup_days" VALUES('2024-08-06','RU',2,1,0,X'74B042531A55C6091C966F3604A0517B');
INSERT INTO "rollup_days" VALUES('2024-08-07','RU',2,1,0,X'1C966F3604A0517BDB13983FD04D70B7');
INSERT INTO "rollup_days" VALUES('2024-09-18','RU',3,2,0,X'FCF98FD436C30803922D1D46FF8523ED');
INSERT INTO "rollup_days" VALUES('2025-01-08','RU',2,1,0,X'72D12DF5D8558907356919AC2F3AD611');
INSERT INTO "rollup_days" VALUES('2025-04-04','RU',1,1,0,X'32F412297EEC40EF');
INSERT INTO "rollup_days" VALUES('2025-04-04','UA',1,1,0,X'32F412297EEC40EF');
INSERT INTO "rollup_days" VALUES('2025-04-13','RU',1,1,0,X'450BF624552E2495');
INSERT INTO "rollup_days" VALUES('2025-04-13','UA',1,1,0,X'450BF624552E2495');
INSERT INTO "rollup_days" VALUES('2025-06-01','RU',5,1,0,X'26545CB7A35E8134605DF74E36F88C5453D5377E23E6B387AA7C82A18F6269935AA8704C04A08CA4');
INSERT INTO "rollup_days" VALUES('2025-06-01','UA',3,1,0,X'26545CB7A35E81343FC4117224752A36605DF74E36F88C54');
CREATE TABLE store_meta (
	"key" VARCHAR(32) NOT NULL, 
	value TEXT, 
	PRIMARY KEY ("key")
);
INSERT INTO "store_meta" VALUES('schema','7');
INSERT INTO "store_meta" VALUES('events','2');
INSERT INTO "store_meta" VALUES('rollups','built');
CREATE TABLE users (
	id VARCHAR(254) NOT NULL, 
	name TEXT, 
	role VARCHAR(16) NOT NULL, 
	added_at DATETIME NOT NULL, 
	role_set_by TEXT, 
	role_set_at DATETIME, 
	last_seen DATETIME, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_articles_added_by ON articles (added_by);
CREATE INDEX ix_articles_published ON articles (published);
CREATE INDEX ix_claim_places_admin1 ON claim_places (admin1);
CREATE INDEX ix_claim_places_bbox ON claim_places (west, east, south, north);
CREATE INDEX ix_claim_places_map ON claim_places (map_date, side, lon, lat, admin1, seq);
CREATE INDEX ix_claim_places_place_id ON claim_places (place_id);
CREATE INDEX ix_claims_article_id ON claims (article_id);
CREATE INDEX ix_claims_map_date_side ON claims (map_date, side);
CREATE INDEX ix_corrections_claim_id ON corrections (claim_id);
CREATE INDEX ix_event_places_event_id ON event_places (event_id);
CREATE INDEX ix_events_admin1_day ON events (admin1, day);
COMMIT;

#!/usr/bin/env python3
"""Generates the sample researchers and innovation needs in data/jilin/talent/ (flagged sample; no real person's name).

Cities are the real prefecture centres of data/jilin/boundaries/jilin_prefectures.geojson, zones the real zones of
data/jilin/zones/jilin_development_zones.csv; everything else (people, fields, capacities, needs, priorities) is drawn
from a seeded generator. Field codes are GB/T 13745-2009 first-level subject codes, with two generated digits for a
second level where drawn. Run from the repository root: python3 scripts/sample-talent.py
"""
import csv
import json
import random

random.seed(20240411)
geo = json.load(open("data/jilin/boundaries/jilin_prefectures.geojson", encoding="utf-8"))
cities = {str(f["properties"]["adcode"]): f["properties"] for f in geo["features"]}
zones = list(csv.DictReader(open("data/jilin/zones/jilin_development_zones.csv", encoding="utf-8-sig")))

# GB/T 13745-2009 first-level subjects used by the province's clusters.
fields = ["460", "470", "510", "520", "530", "550", "580", "350", "430", "210"]
institutions = [("长春样本大学", "Changchun Sample University", "220100"), ("吉林样本研究院", "Jilin Sample Institute", "220200"),
                ("延边样本学院", "Yanbian Sample College", "222400"), ("四平样本工程学院", "Siping Sample Engineering College", "220300")]
titles = [("教授", "professor"), ("研究员", "research fellow"), ("副教授", "associate professor"), ("高级工程师", "senior engineer")]


def codes(k):
    chosen = random.sample(fields, k)
    return ";".join(c + (f"{random.randint(1, 5) * 10:02d}" if random.random() < 0.5 else "") for c in chosen)


with open("data/jilin/talent/researchers.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["researcher", "name_zh", "name_en", "institution_zh", "institution_en", "field_codes", "title_zh", "title_en",
                "capacity", "home_city", "home_longitude", "home_latitude", "languages", "provenance"])
    for i in range(1, 41):
        zh, en, city = random.choice(institutions)
        tzh, ten = random.choice(titles)
        c = cities[city]
        w.writerow([f"R{i:03d}", f"样本科技人员{i:03d}", f"Sample researcher {i:03d}", zh, en, codes(random.randint(1, 2)), tzh, ten,
                    random.choice([1, 1, 1, 2, 2, 3]), city, c["center"][0], c["center"][1],
                    random.choice(["zh", "zh;en", "zh;ko", "zh;en;ja"]), "sample"])

with open("data/jilin/talent/needs.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["need", "enterprise", "description_zh", "description_en", "field_codes", "zone", "zone_city", "city_longitude",
                "city_latitude", "cluster_priority", "provenance"])
    for i in range(1, 61):
        z = random.choice(zones)
        c = cities[z["prefecture_code"]]
        w.writerow([f"N{i:03d}", f"SMP-E{random.randint(1, 400):04d}", f"样本创新需求{i:03d}", f"Sample innovation need {i:03d}",
                    codes(1), z["zone_id"], z["prefecture_code"], c["center"][0], c["center"][1],
                    random.choice([1.0, 0.8, 0.8, 0.5, 0.5, 0.3]), "sample"])

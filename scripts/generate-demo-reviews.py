#!/usr/bin/env python3
# Adds to Recipes/demo.json the demo customers' delivered orders and their approved reviews of about a third of the
# products (steps "deliveredOrders" and "reviews", Modules/Store.Reviews/README.md), replacing any from an earlier run.
# Deterministic (fixed seed), so running it again changes nothing.
import json, os, random, re
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Recipes', 'demo.json')
doc = json.load(open(path))
doc['steps'] = [s for s in doc['steps'] if s['name'] not in ('deliveredOrders', 'reviews')]
names = [p['name'] for s in doc['steps'] if s['name'] == 'products' for p in s['products']]
# Plain names only, whose slug is the name in lower case with dashes (the catalog's Slugs.From agrees on them).
plain = [n for n in names if re.fullmatch(r"[A-Za-z][A-Za-z -]*", n)]
rng = random.Random(18)
reviewed = sorted(rng.sample(plain, round(len(names) / 3)), key=names.index)
slug = lambda n: re.sub(r'[^a-z0-9]+', '-', n.lower()).strip('-')
customers = [("Ada Lovelace", "ada"), ("Grace Hopper", "grace"), ("Alan Turing", "alan"), ("Hedy Lamarr", "hedy"),
             ("Katherine Johnson", "katherine"), ("Tim Berners", "tim"), ("Margaret Hamilton", "margaret"), ("Linus Pauling", "linus")]
texts = {
    5: [("Love it", "Exactly as pictured and well made. I use it every day."), ("Perfect gift", "Bought it for my sister, now I want one too."),
        ("Great quality", "Sturdy, looks lovely and arrived quickly.")],
    4: [("Very good", "Nice quality for the price; the colour is a little darker than on screen."), ("Happy with it", "Does the job well. Would buy again.")],
    3: [("It's fine", "Decent, but smaller than I expected from the photos.")],
    2: [("Not for me", "The finish scratched within a week.")],
}
orders = {email: set() for _, email in customers}
reviews = []
for n in reviewed:
    for (full, email) in rng.sample(customers, rng.randint(1, 4)):
        rating = rng.choices([5, 4, 3, 2], weights=[5, 4, 2, 1])[0]
        title, body = rng.choice(texts[rating])
        orders[email].add(slug(n))
        reviews.append({"email": f"{email}@demo.store", "product": slug(n), "rating": rating, "title": title, "body": body, "daysAgo": rng.randint(1, 60)})
doc['steps'].append({"name": "deliveredOrders", "orders": [
    {"email": f"{email}@demo.store", "name": full, "products": sorted(orders[email]), "daysAgo": 70} for full, email in customers if orders[email]]})
doc['steps'].append({"name": "reviews", "reviews": reviews})
open(path, 'w').write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
print(len(reviewed), "products reviewed,", len(reviews), "reviews")

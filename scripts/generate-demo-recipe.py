#!/usr/bin/env python3
# Writes Recipes/demo.json: ~100 products in 11 categories with attributes and pictures to draw at setup.
# Deterministic (fixed seed); edit the lists below and run it again: python3 scripts/generate-demo-recipe.py
import json, os, random
random.seed(7)
cats = [
 {"name":"Kitchen","slug":"kitchen","description":"Everything for cooking and serving.","children":[
   {"name":"Mugs & cups","slug":"mugs","description":"Mugs, cups and saucers for every drink."},
   {"name":"Cookware","slug":"cookware","description":"Pans, pots and dishes that last."}]},
 {"name":"Home","slug":"home","description":"Make your rooms feel like yours.","children":[
   {"name":"Lamps","slug":"lamps","description":"Warm light for reading and relaxing."},
   {"name":"Plants","slug":"plants","description":"Easy-going plants and their pots."}]},
 {"name":"Clothing","slug":"clothing","description":"Soft basics made to be worn often."},
 {"name":"Bags","slug":"bags","description":"Totes, backpacks and pouches."},
 {"name":"Books","slug":"books","description":"Notebooks, journals and a few good reads."},
 {"name":"Outdoor","slug":"outdoor","description":"Bottles and gear for days outside."},
 {"name":"Gifts","slug":"gifts","description":"Boxed sets that are ready to give."},
]
attrs = [
 {"name":"Colour","slug":"colour","type":"choice","choices":["Red","Blue","Green","Black","White","Yellow","Natural"]},
 {"name":"Material","slug":"material","type":"choice","choices":["Ceramic","Glass","Cotton","Linen","Leather","Steel","Wood","Paper"]},
 {"name":"Capacity (ml)","slug":"capacity","type":"number"},
 {"name":"Dishwasher safe","slug":"dishwasher-safe","type":"yesno"},
 {"name":"Size","slug":"size","type":"choice","choices":["S","M","L","XL"]},
]
colours = {"Red":"#c0392b","Blue":"#2457a6","Green":"#2e7d4f","Black":"#23262b","White":"#d9d6cf","Yellow":"#e0a526","Natural":"#b08d62"}
backgrounds = ["#f4f1ea","#eef3f7","#f6efe9","#eef5ef","#f3f0f7"]
spec = {
 "mugs":("mug",["Café au lait mug","Stoneware espresso cup","Speckled tea mug","Crème tall mug","Double-wall glass cup","Enamel camp mug","Latte bowl","Classic diner mug","Tiny cortado cup","Matte travel mug","Handleless tea cup","Jumbo soup mug"],["Ceramic","Glass","Steel"],True,True,False,(900,2900)),
 "cookware":("box",["Cast iron skillet","Crème brûlée dish set","Stainless saucepan","Oval baking dish","Wok with lid","Dutch oven","Sauté pan","Pizza stone","Gratin dish","Steamer basket"],["Steel","Ceramic","Wood"],False,True,False,(1900,12900)),
 "lamps":("lamp",["Linen table lamp","Brass reading lamp","Paper pendant lamp","Oak floor lamp","Mushroom night light","Clip desk lamp","Globe bedside lamp","Arc floor lamp","Ceramic base lamp","Rechargeable lantern"],["Linen","Paper","Wood","Steel","Ceramic"],False,False,False,(2900,18900)),
 "plants":("plant",["Snake plant","Monstera in pot","Pothos hanging pot","Fiddle leaf fig","Zebra cactus","Peace lily","Rubber plant","Spider plant","Olive tree","Herb trio"],["Ceramic","Wood"],False,False,False,(1500,8900)),
 "clothing":("shirt",["Organic cotton tee","Linen shirt","Striped Breton top","Heavyweight hoodie","Relaxed crew sweatshirt","Pocket tee","Long-sleeve henley","Naïve print tee","Garment-dyed tee","Waffle knit top","Cropped linen tee"],["Cotton","Linen"],False,False,True,(1900,7900)),
 "bags":("bag",["Canvas tote","Leather weekender","Roll-top backpack","Zip pouch","Market net bag","Crossbody sling","Laptop sleeve","Drawstring gym bag","Bucket bag","Smörgås lunch bag"],["Cotton","Leather","Linen"],False,False,False,(1500,19900)),
 "books":("book",["Dotted notebook","Recipe journal","Pocket sketchbook","Weekly planner","Travel diary","Field notes set","Linen-bound journal","Gratitude journal","Watercolour pad","Reading log"],["Paper","Linen","Leather"],False,False,False,(600,3900)),
 "outdoor":("bottle",["Insulated water bottle","Glass water bottle","Trail flask","Kids' sport bottle","Coffee thermos","Jalapeño hot sauce flask","Collapsible bottle","Filter bottle","Picnic carafe","Ice bath bottle"],["Steel","Glass"],True,True,False,(1200,4900)),
 "gifts":("box",["Tea lover's box","Matryoshka gift box","Матрёшка nesting box","Candle trio","Chocolate tasting set","Spa gift box","Baker's starter kit","Coffee sampler","Desk plant kit","Cosy night box"],["Paper","Wood"],False,False,False,(2500,9900)),
}
shapes_override = {"Cast iron skillet":"circle","Wok with lid":"circle","Pizza stone":"circle"}
products=[]; n=0
for cat,(shape,names,mats,cap,dish,size,(lo,hi)) in spec.items():
    for name in names:
        n+=1
        colour = random.choice(list(colours))
        price = random.randrange(lo, hi, 100) - 1
        p = {"name":name,"sku":f"{cat[:3].upper()}-{n:03d}","price":price,
             "stock": random.choice([0,2,4,8,15,25,40,60,100]),
             "categories":[cat],
             "description":f"**{name}** in {colour.lower()}.\n\nMade to be used every day and to look good doing it. {random.choice(['Wipe clean with a damp cloth.','Ships in recycled packaging.','Designed in our studio and made in small batches.','A favourite of our customers.'])}\n\n- Colour: {colour}\n- Sold individually",
             "attributes":{"colour":colour,"material":random.choice(mats)},
             "images":[{"alt":f"{name} in {colour.lower()}","generate":{"shape":shapes_override.get(name,shape),"color":colours[colour],"accent":random.choice(backgrounds)}}]}
        if random.random()<0.3: p["compareAtPrice"]=price+random.choice([500,1000,1500])
        if cap: p["attributes"]["capacity"]=random.choice([90,250,350,500,750,1000])
        if dish: p["attributes"]["dishwasher-safe"]=random.choice([True,False])
        if size: p["attributes"]["size"]=random.choice(["S","M","L","XL"])
        if random.random()<0.35:
            c2=random.choice([c for c in colours if c!=colour])
            p["images"].append({"alt":f"{name} in {c2.lower()}","generate":{"shape":shapes_override.get(name,shape),"color":colours[c2],"accent":random.choice(backgrounds)}})
        if n%17==0: p["categories"].append("gifts")
        products.append(p)
random.shuffle(products)
doc={"name":"demo","description":"A sample shop to look around in: about 100 products in 11 categories, with attributes and pictures drawn at setup.",
     "steps":[{"name":"categories","categories":cats},{"name":"attributes","attributes":attrs},{"name":"products","products":products}]}
open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','Recipes','demo.json'),'w').write(json.dumps(doc,indent=2,ensure_ascii=False)+"\n")
print(len(products))

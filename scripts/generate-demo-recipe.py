#!/usr/bin/env python3
# Writes Recipes/demo.json: ~60 products (~200 variants) in 11 categories with attributes, options and pictures to draw at setup.
# Deterministic (fixed seed); edit the lists below and run it again: python3 scripts/generate-demo-recipe.py
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_content  # noqa: E402  the Content module's steps
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
]
colours = {"Red":"#c0392b","Blue":"#2457a6","Green":"#2e7d4f","Black":"#23262b","White":"#d9d6cf","Yellow":"#e0a526","Natural":"#b08d62"}
backgrounds = ["#f4f1ea","#eef3f7","#f6efe9","#eef5ef","#f3f0f7"]
# category -> (shape, names, materials, capacity?, dishwasher?, options, (lowest, highest price))
# options: None (one variant), "colour" (2-4 colours), "size-colour" (S-XL x 2-3 colours)
spec = {
 "mugs":("mug",["Café au lait mug","Stoneware espresso cup","Speckled tea mug","Crème tall mug","Enamel camp mug","Latte bowl","Classic diner mug","Matte travel mug","Handleless tea cup"],["Ceramic","Steel"],True,True,"colour",(900,2900)),
 "cookware":("box",["Cast iron skillet","Crème brûlée dish set","Stainless saucepan","Oval baking dish","Wok with lid","Dutch oven","Pizza stone"],["Steel","Ceramic","Wood"],False,True,None,(1900,12900)),
 "lamps":("lamp",["Linen table lamp","Brass reading lamp","Paper pendant lamp","Mushroom night light","Clip desk lamp","Globe bedside lamp","Ceramic base lamp"],["Linen","Paper","Wood","Steel","Ceramic"],False,False,"colour",(2900,18900)),
 "plants":("plant",["Snake plant","Monstera in pot","Pothos hanging pot","Zebra cactus","Peace lily","Herb trio"],["Ceramic","Wood"],False,False,None,(1500,8900)),
 "clothing":("shirt",["Organic cotton tee","Linen shirt","Striped Breton top","Heavyweight hoodie","Relaxed crew sweatshirt","Pocket tee","Naïve print tee","Waffle knit top"],["Cotton","Linen"],False,False,"size-colour",(1900,7900)),
 "bags":("bag",["Canvas tote","Leather weekender","Roll-top backpack","Zip pouch","Crossbody sling","Bucket bag","Smörgås lunch bag"],["Cotton","Leather","Linen"],False,False,"colour",(1500,19900)),
 "books":("book",["Dotted notebook","Recipe journal","Pocket sketchbook","Weekly planner","Travel diary","Linen-bound journal"],["Paper","Linen","Leather"],False,False,None,(600,3900)),
 "outdoor":("bottle",["Insulated water bottle","Glass water bottle","Trail flask","Coffee thermos","Jalapeño hot sauce flask","Picnic carafe"],["Steel","Glass"],True,True,"colour",(1200,4900)),
 "gifts":("box",["Tea lover's box","Matryoshka gift box","Матрёшка nesting box","Candle trio","Coffee sampler"],["Paper","Wood"],False,False,None,(2500,9900)),
}
shapes_override = {"Cast iron skillet":"circle","Wok with lid":"circle","Pizza stone":"circle"}
sizes = ["S","M","L","XL"]
products=[]; n=0; variant_count=0
meta={}  # name -> (blurb, colours): what the French description is made of
for cat,(shape,names,mats,cap,dish,options,(lo,hi)) in spec.items():
    for name in names:
        n+=1
        sku = f"{cat[:3].upper()}-{n:03d}"
        price = random.randrange(lo, hi, 100) - 1
        accent = random.choice(backgrounds)
        draw = shapes_override.get(name,shape)
        p = {"name":name,"price":price,"categories":[cat],
             "attributes":{"material":random.choice(mats)}}
        blurb = random.choice(['Wipe clean with a damp cloth.','Ships in recycled packaging.','Designed in our studio and made in small batches.','A favourite of our customers.'])
        if options is None:
            colour = random.choice(list(colours))
            p["sku"] = sku
            p["stock"] = random.choice([0,2,4,8,15,25,40,60,100])
            p["attributes"]["colour"] = colour
            p["description"] = f"**{name}** in {colour.lower()}.\n\nMade to be used every day and to look good doing it. {blurb}\n\n- Colour: {colour}\n- Sold individually"
            meta[name] = (blurb, [colour], True)
            p["images"] = [{"alt":f"{name} in {colour.lower()}","generate":{"shape":draw,"color":colours[colour],"accent":accent}}]
            if random.random()<0.3: p["compareAtPrice"]=price+random.choice([500,1000,1500])
            variant_count += 1
        else:
            # One picture per colour, drawn in that colour; every variant of a colour shows it.
            picked = random.sample(list(colours), random.choice([2,3]) if options=="size-colour" else random.choice([2,3,4]))
            p["description"] = f"**{name}** in {', '.join(c.lower() for c in picked)}.\n\nMade to be used every day and to look good doing it. {blurb}"
            meta[name] = (blurb, picked, False)
            p["images"] = [{"alt":f"{name} in {c.lower()}","generate":{"shape":draw,"color":colours[c],"accent":accent}} for c in picked]
            p["options"] = ([{"name":"Size","values":sizes}] if options=="size-colour" else []) + [{"name":"Colour","values":picked}]
            combos = [[s,c] for s in sizes for c in picked] if options=="size-colour" else [[c] for c in picked]
            p["variants"] = []
            for combo in combos:
                v = {"options":combo,"sku":"-".join([sku]+[x[:3].upper() for x in combo]),
                     "stock":random.choice([0,3,6,12,25,40]),"image":picked.index(combo[-1])}
                if combo[0]=="XL": v["price"]=price+500
                if random.random()<0.15: v["compareAtPrice"]=v.get("price",price)+1000
                p["variants"].append(v)
            variant_count += len(combos)
        if cap: p["attributes"]["capacity"]=random.choice([90,250,350,500,750,1000])
        if dish: p["attributes"]["dishwasher-safe"]=random.choice([True,False])
        if n%11==0: p["categories"].append("gifts")
        products.append(p)
# Shipping weights (grams per unit) and tax categories, by category; no random draw, so the rest stays as it was.
weights = {"mugs":350,"cookware":1800,"lamps":2200,"plants":1500,"clothing":250,"bags":700,"books":400,"outdoor":450,"gifts":900}
reduced = {"plants","books"}
for p in products:
    cat = p["categories"][0]
    if cat in reduced: p["taxCategory"] = "reduced"
    if "variants" in p:
        for v in p["variants"]: v["weight"] = weights[cat]
    else:
        p["weight"] = weights[cat]
random.shuffle(products)
# Prices include tax (EU style) for a shop in France; shipping is taxed at the standard rate. US addresses pay no
# tax here (a US shop would add state rows and untick prices-include-tax). No "*" zone: other countries are refused.
taxes={"name":"taxes",
  "categories":[{"code":"standard","name":"Standard","default":True},{"code":"reduced","name":"Reduced"},{"code":"zero","name":"Zero"}],
  "rates":[{"category":c,"country":k,"rate":r,"name":"VAT"} for k,(std,red) in
           {"FR":(20,5.5),"DE":(19,7),"BE":(21,6),"NL":(21,9),"ES":(21,10),"IT":(22,10),"AT":(20,10),"LU":(17,8),"PT":(23,6),"IE":(23,13.5)}.items()
           for c,r in (("standard",std),("reduced",red),("zero",0))],
  "settings":{"pricesIncludeTax":True,"shopCountry":"FR","shippingCategory":"standard"}}
shipping={"name":"shipping","zones":[
  {"name":"France","places":["FR","MC"],"methods":[
    {"name":"Standard","kind":"flat","price":490,"freeFrom":6000},
    {"name":"Express","kind":"flat","price":990},
    {"name":"Pickup in store","kind":"flat","price":0}]},
  {"name":"Germany","places":["DE"],"methods":[
    {"name":"Standard","kind":"weight","bands":[{"from":0,"price":590},{"from":2000,"price":890},{"from":10000,"price":1490}],"freeFrom":8000}]},
  {"name":"European Union","places":["BE","NL","LU","ES","IT","AT","PT","IE"],"methods":[
    {"name":"Standard","kind":"total","bands":[{"from":0,"price":990},{"from":5000,"price":690},{"from":10000,"price":0}]}]},
  {"name":"United States","places":["US"],"methods":[
    {"name":"Standard","kind":"weight","bands":[{"from":0,"price":1490},{"from":2000,"price":2490}]},
    {"name":"Express","kind":"flat","price":2990}]}]}
# French: every product's name and description, every category, attribute name and choice value, option name and value (Catalog's
# "translations" step, README "Translated content"); products are named by their English name ("of").
fr_blurbs = {'Wipe clean with a damp cloth.':"S'essuie avec un chiffon humide.",'Ships in recycled packaging.':"Expédié dans un emballage recyclé.",
 'Designed in our studio and made in small batches.':"Dessiné dans notre atelier et fabriqué en petites séries.",'A favourite of our customers.':"L'un des préférés de nos clients."}
fr_colours = {"Red":"Rouge","Blue":"Bleu","Green":"Vert","Black":"Noir","White":"Blanc","Yellow":"Jaune","Natural":"Naturel"}
fr_materials = {"Ceramic":"Céramique","Glass":"Verre","Cotton":"Coton","Linen":"Lin","Leather":"Cuir","Steel":"Acier","Wood":"Bois","Paper":"Papier"}
fr_attrs = {"colour":("Couleur",fr_colours),"material":("Matière",fr_materials),"capacity":("Contenance (ml)",None),"dishwasher-safe":("Va au lave-vaisselle",None)}
fr_cats = {"kitchen":("Cuisine","Tout pour cuisiner et servir."),"mugs":("Mugs et tasses","Mugs, tasses et soucoupes pour toutes les boissons."),
 "cookware":("Ustensiles de cuisson","Poêles, casseroles et plats qui durent."),"home":("Maison","Des pièces qui vous ressemblent."),
 "lamps":("Lampes","Une lumière douce pour lire et se détendre."),"plants":("Plantes","Des plantes faciles à vivre, et leurs pots."),
 "clothing":("Vêtements","Des basiques tout doux, faits pour être portés souvent."),"bags":("Sacs","Cabas, sacs à dos et pochettes."),
 "books":("Carnets et livres","Carnets, journaux et quelques bonnes lectures."),"outdoor":("Plein air","Gourdes et équipement pour les journées dehors."),
 "gifts":("Cadeaux","Des coffrets prêts à offrir.")}
fr_names = {
 "Café au lait mug":"Mug café au lait","Stoneware espresso cup":"Tasse à expresso en grès","Speckled tea mug":"Mug à thé moucheté",
 "Crème tall mug":"Grand mug crème","Enamel camp mug":"Tasse de camping émaillée","Latte bowl":"Bol à latte","Classic diner mug":"Mug de diner classique",
 "Matte travel mug":"Mug de voyage mat","Handleless tea cup":"Tasse à thé sans anse",
 "Cast iron skillet":"Poêle en fonte","Crème brûlée dish set":"Set de plats à crème brûlée","Stainless saucepan":"Casserole en inox",
 "Oval baking dish":"Plat à four ovale","Wok with lid":"Wok avec couvercle","Dutch oven":"Cocotte en fonte","Pizza stone":"Pierre à pizza",
 "Linen table lamp":"Lampe de table en lin","Brass reading lamp":"Liseuse en laiton","Paper pendant lamp":"Suspension en papier",
 "Mushroom night light":"Veilleuse champignon","Clip desk lamp":"Lampe de bureau à pince","Globe bedside lamp":"Lampe de chevet globe",
 "Ceramic base lamp":"Lampe à pied en céramique",
 "Snake plant":"Sansevieria","Monstera in pot":"Monstera en pot","Pothos hanging pot":"Pothos en pot suspendu","Zebra cactus":"Cactus zèbre",
 "Peace lily":"Fleur de lune","Herb trio":"Trio d'herbes aromatiques",
 "Organic cotton tee":"T-shirt en coton bio","Linen shirt":"Chemise en lin","Striped Breton top":"Marinière rayée","Heavyweight hoodie":"Sweat à capuche épais",
 "Relaxed crew sweatshirt":"Sweat col rond ample","Pocket tee":"T-shirt à poche","Naïve print tee":"T-shirt imprimé naïf","Waffle knit top":"Haut en maille gaufrée",
 "Canvas tote":"Cabas en toile","Leather weekender":"Sac week-end en cuir","Roll-top backpack":"Sac à dos à rabat roulé","Zip pouch":"Pochette zippée",
 "Crossbody sling":"Sac bandoulière","Bucket bag":"Sac seau","Smörgås lunch bag":"Sac à déjeuner Smörgås",
 "Dotted notebook":"Carnet à points","Recipe journal":"Carnet de recettes","Pocket sketchbook":"Carnet de croquis de poche","Weekly planner":"Agenda semainier",
 "Travel diary":"Carnet de voyage","Linen-bound journal":"Journal relié en lin",
 "Insulated water bottle":"Gourde isotherme","Glass water bottle":"Bouteille d'eau en verre","Trail flask":"Flasque de randonnée","Coffee thermos":"Thermos à café",
 "Jalapeño hot sauce flask":"Flasque à sauce piquante jalapeño","Picnic carafe":"Carafe de pique-nique",
 "Tea lover's box":"Coffret de l'amateur de thé","Matryoshka gift box":"Coffret cadeau matriochka","Матрёшка nesting box":"Boîtes gigognes Матрёшка",
 "Candle trio":"Trio de bougies","Coffee sampler":"Coffret découverte de cafés"}
def fr_description(name):
    blurb, picked, single = meta[name]
    text = f"**{fr_names[name]}**, coloris {', '.join(fr_colours[c].lower() for c in picked)}.\n\nConçu pour servir tous les jours, sans rien perdre de son charme. {fr_blurbs[blurb]}"
    return text + (f"\n\n- Couleur : {fr_colours[picked[0]].lower()}\n- Vendu à l'unité" if single else "")
def all_cats(items):
    for c in items:
        yield c
        yield from all_cats(c.get("children", []))
french={"name":"translations","culture":"fr",
  # Every product's options of that name (sizes read the same in French).
  "options":[{"of":"Size","name":"Taille"},{"of":"Colour","name":"Couleur","choices":fr_colours}],
  "categories":[{"slug":c["slug"],"name":fr_cats[c["slug"]][0],"description":fr_cats[c["slug"]][1]} for c in all_cats(cats)],
  "attributes":[dict({"slug":a["slug"],"name":fr_attrs[a["slug"]][0]},**({"choices":{v:fr_attrs[a["slug"]][1][v] for v in a["choices"]}} if fr_attrs[a["slug"]][1] else {})) for a in attrs],
  "products":[{"of":p["name"],"name":fr_names[p["name"]],"description":fr_description(p["name"])} for p in products]}
doc={"name":"demo","description":f"A sample shop to look around in: {len(products)} products ({variant_count} variants: clothing in sizes and colours, lamps, mugs, bags and bottles in colours) in 11 categories, with attributes and pictures drawn at setup.",
     "steps":[taxes,shipping,{"name":"categories","categories":cats},{"name":"attributes","attributes":attrs},{"name":"products","products":products},
       # The EU's prior-price rule on by default in the demo (Catalog's price history, README "Prior price").
       {"name":"prices","showLowestPriorPrice":True},french]+demo_content.STEPS}
open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','Recipes','demo.json'),'w').write(json.dumps(doc,indent=2,ensure_ascii=False)+"\n")
print(len(products), variant_count)

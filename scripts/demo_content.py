# The demo shop's home page, content pages, menus and texts (Content module's recipe steps),
# appended after the products by generate-demo-recipe.py.
ABOUT = """We are a small shop that sells things we use ourselves: mugs that keep coffee warm, lamps for reading,
bags that last, and a few good notebooks.

## How we choose

- **Made to last.** We test every product for a month before it goes in the shop.
- **Fair prices.** We buy directly from the makers and keep our margins modest.
- **Less packaging.** Orders ship in recycled cardboard, without plastic fill.

Questions? Write to us from the [contact page](/pages/contact)."""

SHIPPING = """## Shipping

Orders placed before 2 pm (Paris time) on a working day leave the same day.

| Destination | Standard | Free from |
|---|---|---|
| France | 4.90 € | 60 € |
| Germany | from 5.90 € | 80 € |
| European Union | from 6.90 € | 100 € |
| United States | from 14.90 € | — |

You can follow every step from payment to delivery in [your account](/account/orders).

## Returns

Changed your mind? Send it back within **30 days** of delivery, unused and in its packaging, and we refund
the price of the product. Write to us first from the [contact page](/pages/contact) and we send you a return label."""

FAQ = """## When will my order arrive?

In France, usually in 2 to 3 working days; elsewhere in Europe in 3 to 6.

## Can I change or cancel my order?

Yes, until it ships: write to us from the [contact page](/pages/contact) with your order number.

## Which payment methods do you take?

Cards (Visa, Mastercard, American Express) through Stripe. We never see your card number.

## Do prices include tax?

Yes, prices include VAT for deliveries in the European Union."""

CONTACT = """We answer every message within one working day.

- **Email:** [hello@store.example](mailto:hello@store.example)
- **Phone:** +33 1 23 45 67 89, Monday to Friday, 9 am to 5 pm
- **Post:** Store, 12 rue des Artisans, 75011 Paris, France

Please include your order number if your message is about an order."""

STEPS = [
    {"name": "pages", "pages": [
        {"title": "About us", "slug": "about", "markdown": ABOUT,
         "metaDescription": "Who we are and how we choose what we sell."},
        {"title": "Shipping and returns", "slug": "shipping-and-returns", "markdown": SHIPPING,
         "metaDescription": "Delivery times and prices, and how to return a product within 30 days."},
        {"title": "Frequently asked questions", "slug": "faq", "markdown": FAQ, "metaTitle": "FAQ"},
        {"title": "Contact", "slug": "contact", "markdown": CONTACT,
         "metaDescription": "Write, call or send us a letter."},
    ]},
    {"name": "menus",
     "header": [{"label": "About", "url": "/pages/about"}, {"label": "FAQ", "url": "/pages/faq"}],
     "footer": [{"label": "About us", "url": "/pages/about"},
                {"label": "Shipping and returns", "url": "/pages/shipping-and-returns"},
                {"label": "FAQ", "url": "/pages/faq"},
                {"label": "Contact", "url": "/pages/contact"}]},
    {"name": "texts", "texts": {
        "product-shipping": "Free standard delivery in France from 60 €. Leaves the same day when ordered before 2 pm. "
                            "**30 days to return it.** [Shipping and returns](/pages/shipping-and-returns)"}},
    {"name": "home", "sections": [
        {"kind": "hero", "heading": "Good things for every day",
         "text": "Mugs, lamps, bags and notebooks we use ourselves, fairly priced and shipped without plastic.",
         "imageFromProduct": "brass-reading-lamp", "imageAlt": "A brass reading lamp with a green shade",
         "linkText": "Shop all products", "linkUrl": "/products"},
        {"kind": "featured", "heading": "Our favourites",
         "items": ["enamel-camp-mug", "brass-reading-lamp", "canvas-tote", "linen-bound-journal",
                   "cast-iron-skillet", "monstera-in-pot", "organic-cotton-tee", "glass-water-bottle"]},
        {"kind": "categories", "heading": "Shop by category"},
        {"kind": "newArrivals", "count": 8, "linkText": "See all new products", "linkUrl": "/products?sort=newest"},
        {"kind": "onSale", "count": 4},
    ]},
]

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Accounts.Addresses;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Money;
using Store.Currencies.Contracts;

namespace Store.Cart.Carts;

/// <summary>Builds the <see cref="CartView"/>: the cart's lines joined with the catalog's current data in one call.</summary>
internal sealed class CartReader(StoreDbContext db, ICatalogProducts catalog, CartPricing pricing, CartOptions options, IShopperCurrency shopper, AddressBook addresses, IStringLocalizer<CartReader> localizer)
{
    public async Task<CartView> ReadAsync(Cart? cart, bool takeNotices, CancellationToken cancellationToken)
    {
        var money = await shopper.GetAsync(cancellationToken);
        var currency = money.Currency;
        if (cart is null)
        {
            var empty = await pricing.PriceAsync([], null, null, cancellationToken);
            return new CartView([], 0, 0, 0, 0, 0, false, options.MaxQuantityPerLine, [], currency, PricesIncludeTax: empty.PricesIncludeTax);
        }

        var (views, priceable) = await LinesAsync(cart, money, cancellationToken);
        var priced = await pricing.PriceAsync(priceable, await DestinationAsync(cart, cancellationToken), null, new CouponRequest(cart.CouponCode, cart.UserId), cancellationToken);
        var sale = new Queue<PricedLine>(priced.Lines);
        views = views.Select(v => v.Orderable && sale.Dequeue() is { } p && p.SaleUnitPrice < v.UnitPrice ? v with { SaleUnitPrice = p.SaleUnitPrice } : v).ToList();

        var notices = cart.Notices?.Split('\n') ?? [];
        if (takeNotices && notices.Length > 0)
        {
            await db.Set<Cart>().Where(c => c.Id == cart.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Notices, (string?)null), cancellationToken);
        }

        return new CartView(views, views.Sum(v => v.Quantity), priced.Subtotal, priced.Shipping, priced.Total, priced.Method?.FreeFrom ?? 0,
            views.Count > 0 && views.All(v => v.Orderable), options.MaxQuantityPerLine, notices, currency,
            TaxTotal: priced.TaxTotal, PricesIncludeTax: priced.PricesIncludeTax, ShippingMethod: priced.Method?.Name,
            ShipsTo: priced.Destination.Country, Ships: priced.Ships)
        {
            Discounts = priced.Discounts,
            DiscountTotal = priced.DiscountTotal,
            CouponCode = cart.CouponCode,
            CouponMessage = priced.CouponRefusal,
        };
    }

    /// <summary>
    /// The cart's orderable lines priced for <paramref name="destination"/> (null: the default address, else the shop's
    /// country), with the cart's code or, when given, <paramref name="code"/> (a code being tried).
    /// </summary>
    public async Task<PricedCart> PriceAsync(Cart? cart, PricingDestination? destination, CancellationToken cancellationToken, string? code = null)
    {
        var priceable = cart is null ? [] : (await LinesAsync(cart, await shopper.GetAsync(cancellationToken), cancellationToken)).Priceable;
        return await pricing.PriceAsync(priceable, destination ?? (cart is null ? null : await DestinationAsync(cart, cancellationToken)), null,
            new CouponRequest(code ?? cart?.CouponCode, cart?.UserId), cancellationToken);
    }

    // Views show prices in the shopper's currency; the pricing lines carry base prices (CartPricing converts them the same way).
    private async Task<(List<CartLineView> Views, List<PricingLine> Priceable)> LinesAsync(Cart cart, ShopperMoney money, CancellationToken cancellationToken)
    {
        var lines = await db.Set<CartLine>().AsNoTracking().Where(l => l.CartId == cart.Id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var variants = lines.Count == 0
            ? []
            : (await catalog.GetPublishedVariantsAsync(lines.Select(l => l.VariantId).ToList(), cancellationToken)).ToDictionary(v => v.VariantId);
        var views = lines.Select(l => View(l, variants.GetValueOrDefault(l.VariantId), money, localizer)).ToList();
        var priceable = views.Where(v => v.Orderable)
            .Select(v => new PricingLine(v.ProductId, variants[v.VariantId].Price, v.Quantity, variants[v.VariantId].TaxCategory, variants[v.VariantId].WeightGrams) { FixedPrices = variants[v.VariantId].FixedPrices }).ToList();
        return (views, priceable);
    }

    // The signed-in shopper's default address; else null, which prices for the shop's country.
    private async Task<PricingDestination?> DestinationAsync(Cart cart, CancellationToken cancellationToken) =>
        cart.UserId is { } userId && (await addresses.ListAsync(userId, cancellationToken)).FirstOrDefault(a => a.IsDefault) is { } address
            ? new PricingDestination(address.Country, address.Region, address.PostalCode)
            : null;

    /// <summary>Units in the cart, for the header (one query, no catalog call).</summary>
    public async Task<int> CountAsync(Cart? cart, CancellationToken cancellationToken) =>
        cart is null ? 0 : await db.Set<CartLine>().Where(l => l.CartId == cart.Id).SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;

    private static CartLineView View(CartLine line, CatalogVariantSnapshot? variant, ShopperMoney money, IStringLocalizer localizer)
    {
        if (variant is null)
        {
            return new CartLineView(line.ProductId, line.VariantId, line.NameSeen, null, "", null, null, line.PriceSeen, line.Quantity, 0, 0, false,
                "unavailable", localizer["{0} is no longer for sale; remove it to check out.", line.NameSeen].Value, null);
        }

        var name = variant.ShownProductName;
        var price = money.Price(variant.Price, variant.FixedPrices);
        // Seen in another currency (the shopper switched since): nothing to compare with.
        var sameCurrency = (line.CurrencySeen ?? money.Setup.Base) == money.Currency;
        var (notice, message) = variant.Stock switch
        {
            0 => ("out_of_stock", (string?)localizer["{0} is out of stock; remove it to check out.", name].Value),
            var stock when stock < line.Quantity => ("short", localizer["Only {0} left: lower the quantity to check out.", stock].Value),
            _ when sameCurrency && price != line.PriceSeen => ("price_changed", money.Converts
                ? localizer["The price changed from {0} to {1} since you added it (prices and exchange rates change).", Format(line.PriceSeen, money.Currency), Format(price, money.Currency)].Value
                : localizer["The price changed from {0} to {1} since you added it.", Format(line.PriceSeen, money.Currency), Format(price, money.Currency)].Value),
            _ => (null, null),
        };
        var orderable = notice is null or "price_changed";
        return new CartLineView(variant.ProductId, variant.VariantId, name, variant.ProductSlug, variant.ShownOptionsText, variant.Sku, variant.ImageUrl,
            price, line.Quantity, price * line.Quantity, variant.Stock, orderable, notice, message,
            notice == "price_changed" ? line.PriceSeen : null);
    }

    private static string Format(long amount, string currency) => new Money(amount, currency).Format(System.Globalization.CultureInfo.CurrentCulture);
}

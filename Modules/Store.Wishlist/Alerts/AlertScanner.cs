using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Currencies.Contracts;
using Store.Wishlist.Items;

namespace Store.Wishlist.Alerts;

/// <summary>
/// Compares every alert with the catalog today: back in stock when it was out when last seen, a price below the one
/// last seen. Each event is sent once: the alert's figures move with one conditional update (on what was read), and
/// the email is written to the outbox in the same transaction; a second run, or another node, finds nothing new.
/// Stock going out again re-arms a back-in-stock alert for the next return. Works on whatever node changed the
/// stock, since it reads the database (README, "Alerts").
/// </summary>
internal sealed class AlertScanner(StoreDbContext db, WishlistCatalog catalog, ICurrencies currencies, EmailOutbox outbox, AlertLinks links, EmailOptions email, TimeProvider time)
{
    private const int Chunk = 500;

    /// <summary>The number of emails queued.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var after = 0;
        while (true)
        {
            var alerts = await db.Set<StockAlert>().AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(Chunk).ToListAsync(cancellationToken);
            if (alerts.Count == 0)
            {
                return sent;
            }

            after = alerts[^1].Id;
            var products = await catalog.FindAsync(alerts.Select(a => new WishKey(a.ProductId, a.VariantId)).ToList(), cancellationToken);
            foreach (var alert in alerts)
            {
                if (products.GetValueOrDefault(new WishKey(alert.ProductId, alert.VariantId)) is { } product && await CheckAsync(alert, product, cancellationToken))
                {
                    sent++;
                }
            }
        }
    }

    private async Task<bool> CheckAsync(StockAlert alert, WishedProduct product, CancellationToken cancellationToken)
    {
        var mine = db.Set<StockAlert>().Where(a => a.Id == alert.Id);
        if (alert.Kind == AlertKind.BackInStock)
        {
            if (!product.InStock)
            {
                if (alert.InStockSeen)
                {
                    await mine.Where(a => a.InStockSeen).ExecuteUpdateAsync(s => s.SetProperty(a => a.InStockSeen, false), cancellationToken);
                }

                return false;
            }

            return !alert.InStockSeen && await SendAsync(alert, product, "WishlistBackInStock", null,
                () => mine.Where(a => !a.InStockSeen).ExecuteUpdateAsync(s => s.SetProperty(a => a.InStockSeen, true).SetProperty(a => a.NotifiedUtc, Now), cancellationToken), cancellationToken);
        }

        return product.Price < alert.PriceSeen && await SendAsync(alert, product, "WishlistPriceDrop", alert.PriceSeen,
            () => mine.Where(a => a.PriceSeen == alert.PriceSeen).ExecuteUpdateAsync(s => s.SetProperty(a => a.PriceSeen, product.Price).SetProperty(a => a.NotifiedUtc, Now), cancellationToken), cancellationToken);
    }

    private async Task<bool> SendAsync(StockAlert alert, WishedProduct product, string template, long? oldPrice, Func<Task<int>> claim, CancellationToken cancellationToken)
    {
        // Prices in the subscriber's currency, as the shop shows them there today (a price fixed in it wins); the old
        // price is the base price seen, converted at today's rate. A drop that a fixed price hides is claimed, not sent.
        var setup = await currencies.GetAsync(cancellationToken);
        var money = new ShopperMoney(setup, setup.Resolve(alert.Currency));
        var key = new WishKey(alert.ProductId, alert.VariantId);
        var price = money.Converts && (await catalog.FindShownAsync([key], money, cancellationToken)).GetValueOrDefault(key) is { } shown ? shown.Price : product.Price;
        var was = oldPrice is { } old ? money.Price(old) : (long?)null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await claim() == 0)
        {
            return false; // another run sent it
        }

        if (was is { } before && price >= before)
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        var origin = email.PublicOrigin(null);
        var model = new AlertEmail(product.Name, product.Options, origin + product.Url, price, was, origin + links.PathOf(alert.Id), money.Currency);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(alert.Culture);
            await outbox.QueueAsync(alert.Email, template, model, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private DateTime? Now => time.GetUtcNow().UtcDateTime;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Currencies.Contracts;

namespace Store.Catalog.PriceLists;

/// <summary>
/// Reads and replaces variants' price lists (README, "Price lists"). A save checks every entry first and writes
/// nothing when one is wrong; a saved change evicts cached pages as a product save does.
/// </summary>
public sealed class PriceListEditor(StoreDbContext db, ICurrencies currencies, CatalogCache cache, TimeProvider time, IStringLocalizer<PriceListEditor> localizer)
{
    /// <summary>The product's variants in position order with their price lists; null when there is no such product.</summary>
    public async Task<IReadOnlyList<VariantPricesResponse>?> ReadAsync(int productId, CancellationToken cancellationToken)
    {
        var variants = await db.Set<ProductVariant>().AsNoTracking().Where(v => v.ProductId == productId)
            .OrderBy(v => v.Position).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        if (variants.Count == 0)
        {
            return null;
        }

        var setup = await currencies.GetAsync(cancellationToken);
        var fixedPrices = await FixedPrices.OfVariantsAsync(db, variants.Select(v => v.Id).ToList(), cancellationToken);
        return variants.Select(v => new VariantPricesResponse(v.Id, v.Sku, setup.Base, v.Price, v.CompareAtPrice,
            (fixedPrices.GetValueOrDefault(v.Id) ?? []).Select(f => new PriceInput(f.Currency, f.Price, f.CompareAtPrice)).ToList())).ToList();
    }

    /// <summary>Replaces the price lists of the variants named (the product's other variants keep theirs).</summary>
    public async Task<EditResult<IReadOnlyList<VariantPricesResponse>>> SaveAsync(int productId, IReadOnlyList<VariantPricesInput> input, CancellationToken cancellationToken)
    {
        var variantIds = await db.Set<ProductVariant>().Where(v => v.ProductId == productId).Select(v => v.Id).ToListAsync(cancellationToken);
        if (variantIds.Count == 0)
        {
            return new EditResult<IReadOnlyList<VariantPricesResponse>>(null, new Dictionary<string, string>(), NotFound: true);
        }

        var setup = await currencies.GetAsync(cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<PriceListEntry>();
        for (var i = 0; i < input.Count; i++)
        {
            var variant = input[i];
            if (!variantIds.Contains(variant.VariantId))
            {
                errors[$"variants[{i}].variantId"] = localizer["Variant {0} is not one of this product's variants.", variant.VariantId];
                continue;
            }

            if (input.Take(i).Any(v => v.VariantId == variant.VariantId))
            {
                errors[$"variants[{i}].variantId"] = localizer["Variant {0} is listed twice.", variant.VariantId];
                continue;
            }

            var prices = variant.Prices ?? [];
            for (var j = 0; j < prices.Count; j++)
            {
                var key = $"variants[{i}].prices[{j}]";
                if (Check(prices[j], setup, key, errors) is { } code)
                {
                    if (entries.Any(e => e.VariantId == variant.VariantId && e.Currency == code))
                    {
                        errors[key + ".currency"] = localizer["{0} is listed twice for this variant.", code];
                        continue;
                    }

                    entries.Add(new PriceListEntry { VariantId = variant.VariantId, Currency = code, Price = prices[j].Price!.Value, CompareAtPrice = prices[j].CompareAtPrice });
                }
            }
        }

        if (errors.Count > 0)
        {
            return new EditResult<IReadOnlyList<VariantPricesResponse>>(null, errors);
        }

        var replaced = input.Select(v => v.VariantId).ToList();
        await db.InTransactionAsync(async () =>
        {
            await db.Set<PriceListEntry>().Where(e => replaced.Contains(e.VariantId)).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            // Other nodes' index and cached pages learn of it as of a product save (CatalogChanges).
            await CatalogChanges.RecordAsync(db, [productId], time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        await cache.ChangedAsync(cancellationToken);
        return new EditResult<IReadOnlyList<VariantPricesResponse>>(await ReadAsync(productId, cancellationToken), errors);
    }

    // The entry's currency code when it is valid; else null with the field's message in errors.
    private string? Check(PriceInput price, CurrencySetup setup, string key, Dictionary<string, string> errors)
    {
        var code = price.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            errors[key + ".currency"] = localizer["Choose a currency."];
            return null;
        }

        if (code == setup.Base)
        {
            errors[key + ".currency"] = localizer["{0} is the base currency: change the variant's own price instead.", code];
            return null;
        }

        if (setup.Find(code) is null)
        {
            errors[key + ".currency"] = localizer["The shop does not sell in {0} (add it with a rate under Currencies first).", code];
            return null;
        }

        if (price.Price is not (> 0 and <= Prices.Max))
        {
            errors[key + ".price"] = localizer["Enter a price above zero."];
            return null;
        }

        if (price.CompareAtPrice is { } was && was is <= 0 or > Prices.Max)
        {
            errors[key + ".compareAtPrice"] = localizer["Enter a compare-at price above zero, or leave it empty."];
            return null;
        }

        return code;
    }
}

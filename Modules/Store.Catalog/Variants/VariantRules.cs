using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Variants;

/// <summary>
/// Checks a product's options and variants as sent, and writes them onto the tracked product. Errors are
/// keyed like the input: <c>Options[0].Name</c>, <c>Variants[2].Sku</c>, or <c>Sku</c>/<c>Price</c>/<c>Stock</c>
/// for the one variant of a product without options.
/// </summary>
internal static class VariantRules
{
    public const int MaxWeightGrams = 1_000_000;

    public static List<ProductOption> ResolveOptions(IReadOnlyList<OptionInput> input, Dictionary<string, string> errors, IStringLocalizer localizer)
    {
        var options = new List<ProductOption>();
        if (input.Count > ProductOption.MaxPerProduct)
        {
            errors[nameof(ProductInput.Options)] = localizer["A product has at most {0} options.", ProductOption.MaxPerProduct];
            return options;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var key = $"{nameof(ProductInput.Options)}[{i}]";
            var name = input[i].Name?.Trim() ?? string.Empty;
            var values = (input[i].Values ?? []).Select(v => v?.Trim() ?? string.Empty).Where(v => v.Length > 0).ToList();
            if (name.Length is 0 or > ProductOption.NameMaxLength)
            {
                errors[key + ".Name"] = localizer["Name the option (at most {0} characters).", ProductOption.NameMaxLength];
            }
            else if (options.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors[key + ".Name"] = localizer["There are two options named \"{0}\".", name];
            }

            if (values.Count == 0)
            {
                errors[key + ".Values"] = localizer["Give the option at least one value."];
            }
            else if (values.Count > ProductOption.MaxValues || values.Any(v => v.Length > ProductOption.ValueMaxLength))
            {
                errors[key + ".Values"] = localizer["At most {0} values of at most {1} characters.", ProductOption.MaxValues, ProductOption.ValueMaxLength];
            }
            else if (values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                errors[key + ".Values"] = localizer["The value \"{0}\" is there twice.", twice.Key];
            }

            options.Add(new ProductOption { Position = i, Name = name, Values = values });
        }

        return options;
    }

    /// <summary>The variants to save, in order, each with its matched existing variant (null for a new one).</summary>
    public static async Task<List<(VariantInput Input, ProductVariant? Existing)>> ResolveVariantsAsync(
        StoreDbContext db, Product? product, ProductInput input, List<ProductOption> options, IReadOnlySet<string> imageKeys,
        IReadOnlySet<string> taxCategories, Dictionary<string, string> errors, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var single = input.Variants is null;
        var variants = input.Variants ?? [new VariantInput
        {
            Id = product?.Variants.OrderBy(v => v.Position).ThenBy(v => v.Id).Select(v => (int?)v.Id).FirstOrDefault(),
            Sku = input.Sku,
            Price = input.Price,
            CompareAtPrice = input.CompareAtPrice,
            Stock = input.Stock,
            StockShown = input.StockShown,
            WeightGrams = input.WeightGrams,
        }];
        string Key(int i, string field) => single ? field : $"{nameof(ProductInput.Variants)}[{i}].{field}";

        if (single && options.Count > 0)
        {
            errors[nameof(ProductInput.Variants)] = localizer["A product with options needs its list of variants."];
        }
        else if (variants.Count == 0)
        {
            errors[nameof(ProductInput.Variants)] = localizer["A product needs at least one variant."];
        }

        var existing = product?.Variants ?? [];
        var claimed = new HashSet<ProductVariant>();
        var combinations = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(VariantInput, ProductVariant?)>();
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            var values = variant.Options.Select(v => v?.Trim() ?? string.Empty).ToList();
            if (values.Count != options.Count || values.Where((v, o) => !options[o].Values.Contains(v, StringComparer.Ordinal)).Any())
            {
                errors[Key(i, nameof(VariantInput.Options))] = options.Count == 0
                    ? localizer["A product without options has no option values."]
                    : localizer["Give one value of each option ({0}).", string.Join(", ", options.Select(o => o.Name))];
            }
            else if (!combinations.Add(string.Join('\u001f', values)))
            {
                errors[Key(i, nameof(VariantInput.Options))] = localizer["Two variants are {0}.", string.Join(" / ", values)];
            }

            var match = variant.Id is { } id
                ? existing.FirstOrDefault(v => v.Id == id)
                : existing.FirstOrDefault(v => !claimed.Contains(v) && v.OptionValues().SequenceEqual(values, StringComparer.Ordinal));
            if (variant.Id is not null && (match is null || claimed.Contains(match)) && !single)
            {
                errors[Key(i, nameof(VariantInput.Id))] = localizer["There is no variant {0} of this product.", variant.Id];
            }

            if (match is not null)
            {
                claimed.Add(match);
            }

            var sku = variant.Sku?.Trim() ?? string.Empty;
            if (sku.Length == 0)
            {
                errors[Key(i, nameof(VariantInput.Sku))] = localizer["Enter the SKU."];
            }
            else if (sku.Length > ProductVariant.SkuMaxLength)
            {
                errors[Key(i, nameof(VariantInput.Sku))] = localizer["The SKU must be at most {0} characters.", ProductVariant.SkuMaxLength];
            }
            else if (variants.Take(i).Any(v => string.Equals(v.Sku?.Trim(), sku, StringComparison.Ordinal)))
            {
                errors[Key(i, nameof(VariantInput.Sku))] = localizer["The SKU {0} is given to two variants.", sku];
            }

            var price = variant.Price ?? input.Price;
            if (price is not { } p || p < 0 || p > Prices.Max)
            {
                errors[Key(i, nameof(VariantInput.Price))] = localizer["Enter a price of zero or more."];
                p = 0;
            }

            if (variant.CompareAtPrice is { } compareAt && (compareAt <= p || compareAt > Prices.Max))
            {
                errors[Key(i, nameof(VariantInput.CompareAtPrice))] = localizer["The compare-at price must be higher than the price (or left empty)."];
            }

            if (variant.Stock is not { } stock || stock < 0)
            {
                errors[Key(i, nameof(VariantInput.Stock))] = localizer["Enter a stock quantity of zero or more."];
            }

            var barcode = string.IsNullOrWhiteSpace(variant.Barcode) ? null : variant.Barcode.Trim();
            if (barcode is { Length: > ProductVariant.BarcodeMaxLength })
            {
                errors[Key(i, nameof(VariantInput.Barcode))] = localizer["The barcode must be at most {0} characters.", ProductVariant.BarcodeMaxLength];
            }

            var image = string.IsNullOrWhiteSpace(variant.ImageKey) ? null : variant.ImageKey.Trim();
            if (image is not null && !imageKeys.Contains(image))
            {
                errors[Key(i, nameof(VariantInput.ImageKey))] = localizer["Choose one of the product's images."];
            }

            if (variant.WeightGrams is < 0 or > MaxWeightGrams)
            {
                errors[Key(i, nameof(VariantInput.WeightGrams))] = localizer["Enter a weight in grams from 0 to {0}.", MaxWeightGrams];
            }

            var taxCategory = string.IsNullOrWhiteSpace(variant.TaxCategory) ? null : variant.TaxCategory.Trim().ToLowerInvariant();
            if (taxCategory is not null && !taxCategories.Contains(taxCategory))
            {
                errors[Key(i, nameof(VariantInput.TaxCategory))] = localizer["Choose one of the shop's tax categories (or none to use the product's)."];
            }

            result.Add((variant with { Options = values, Sku = sku, Price = p, Barcode = barcode, ImageKey = image, TaxCategory = taxCategory }, match));
        }

        await CheckSkusTakenAsync(db, product?.Id ?? 0, result.Select(r => r.Item1.Sku!).ToList(), i => Key(i, nameof(VariantInput.Sku)), errors, localizer, cancellationToken);
        return result;
    }

    /// <summary>Writes the resolved options and variants onto the tracked product; variants left out are deleted.</summary>
    public static void Apply(Product product, List<ProductOption> options, List<(VariantInput Input, ProductVariant? Existing)> variants)
    {
        // Options are updated in place by position: their (product, position) index is unique.
        var current = product.Options.OrderBy(o => o.Position).ToList();
        product.Options.RemoveAll(o => o.Position >= options.Count);
        foreach (var option in options)
        {
            if (current.FirstOrDefault(o => o.Position == option.Position) is { } kept)
            {
                kept.Name = option.Name;
                kept.Values = option.Values;
            }
            else
            {
                product.Options.Add(option);
            }
        }

        product.Variants.RemoveAll(v => variants.All(r => r.Existing != v));
        for (var position = 0; position < variants.Count; position++)
        {
            var (input, existing) = variants[position];
            var variant = existing ?? new ProductVariant();
            if (existing is null)
            {
                product.Variants.Add(variant);
            }

            var values = input.Options;
            variant.Position = position;
            variant.Option1 = values.ElementAtOrDefault(0);
            variant.Option2 = values.ElementAtOrDefault(1);
            variant.Option3 = values.ElementAtOrDefault(2);
            variant.Sku = input.Sku!;
            variant.Price = input.Price!.Value;
            variant.CompareAtPrice = input.CompareAtPrice;
            variant.Barcode = input.Barcode;
            variant.ImageKey = input.ImageKey;
            variant.TaxCategory = input.TaxCategory;
            variant.WeightGrams = input.WeightGrams ?? 0;

            // Unchanged stock keeps the current figure, so units that orders took meanwhile are not put back.
            if (existing is null || input.StockShown != input.Stock)
            {
                variant.Stock = input.Stock!.Value;
            }
        }
    }

    private static async Task CheckSkusTakenAsync(StoreDbContext db, int productId, List<string> skus, Func<int, string> key, Dictionary<string, string> errors, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var wanted = skus.Where(s => s.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var taken = await db.Set<ProductVariant>().Where(v => wanted.Contains(v.Sku) && v.ProductId != productId)
            .Join(db.Set<Product>(), v => v.ProductId, p => p.Id, (v, p) => new { v.Sku, p.Name })
            .ToListAsync(cancellationToken);
        foreach (var hit in taken)
        {
            var index = skus.IndexOf(hit.Sku);
            errors.TryAdd(key(index), localizer["The SKU {0} is already used by \"{1}\".", hit.Sku, hit.Name].Value);
        }
    }
}

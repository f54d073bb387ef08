using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Store.Catalog.Search;

/// <summary>
/// Reads a <see cref="ProductQuery"/> from a query string: <c>q, category, min_price, max_price, in_stock,
/// attr.{slug}, option.{slug}, sort, page, page_size</c>. Bad values come back as field errors, never as exceptions.
/// </summary>
public static class ProductQueryParser
{
    public const string AttributePrefix = "attr.";
    public const string OptionPrefix = "option.";
    public const int MaxTextLength = 200;

    public static readonly IReadOnlyDictionary<string, ProductSort> SortNames = new Dictionary<string, ProductSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["relevance"] = ProductSort.Relevance,
        ["price_asc"] = ProductSort.PriceAscending,
        ["price_desc"] = ProductSort.PriceDescending,
        ["newest"] = ProductSort.Newest,
        ["name"] = ProductSort.Name,
        ["rating"] = ProductSort.Rating,
    };

    public static string NameOf(ProductSort sort) => SortNames.First(s => s.Value == sort).Key;

    public static (ProductQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection values, string currency, string? category = null)
    {
        var errors = new Dictionary<string, string[]>();
        var text = values["q"].FirstOrDefault()?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors["q"] = [$"Search text must be at most {MaxTextLength} characters."];
            text = text[..MaxTextLength];
        }

        var min = ParsePrice(values, "min_price", currency, errors);
        var max = ParsePrice(values, "max_price", currency, errors);
        if (min is not null && max is not null && min > max)
        {
            errors["max_price"] = ["The highest price must not be below the lowest price."];
        }

        var inStock = false;
        if (values["in_stock"].FirstOrDefault() is { Length: > 0 } stockText)
        {
            inStock = stockText.ToLowerInvariant() switch
            {
                "true" or "1" or "on" or "yes" => true,
                "false" or "0" or "off" or "no" => false,
                _ => Fail(errors, "in_stock", "in_stock must be true or false.", false),
            };
        }

        int? minRating = null;
        if (values["rating"].FirstOrDefault() is { Length: > 0 })
        {
            minRating = ParseInt(values, "rating", 0, 1, 5, "rating must be a whole number of stars from 1 to 5.", errors);
        }

        ProductSort? sort = null;
        if (values["sort"].FirstOrDefault() is { Length: > 0 } sortText)
        {
            sort = SortNames.TryGetValue(sortText, out var s)
                ? s
                : Fail<ProductSort?>(errors, "sort", $"sort must be one of: {string.Join(", ", SortNames.Keys)}.", null);
        }

        var page = ParseInt(values, "page", 1, 1, 100_000, "page must be a whole number from 1.", errors);
        var pageSize = ParseInt(values, "page_size", ProductQuery.DefaultPageSize, 1, ProductQuery.MaxPageSize, $"page_size must be a whole number from 1 to {ProductQuery.MaxPageSize}.", errors);

        var attributes = Prefixed(values, AttributePrefix);
        var options = Prefixed(values, OptionPrefix);

        category ??= values["category"].FirstOrDefault() is { Length: > 0 } c ? c.Trim().ToLowerInvariant() : null;
        var query = new ProductQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Category = category,
            MinPrice = min,
            MaxPrice = max,
            InStockOnly = inStock,
            MinRating = minRating,
            Attributes = attributes,
            Options = options,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
        return (query, errors);
    }

    /// <summary>The query string that gives back <paramref name="query"/>, without the category when it is in the path.</summary>
    public static string ToQueryString(ProductQuery query, string currency, bool includeCategory = true)
    {
        var parts = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value!));
            }
        }

        Add("q", query.Text);
        if (includeCategory)
        {
            Add("category", query.Category);
        }

        Add("min_price", Prices.Format(query.MinPrice, currency));
        Add("max_price", Prices.Format(query.MaxPrice, currency));
        Add("in_stock", query.InStockOnly ? "true" : null);
        Add("rating", query.MinRating?.ToString(CultureInfo.InvariantCulture));
        foreach (var (prefix, filters) in new[] { (AttributePrefix, query.Attributes), (OptionPrefix, query.Options) })
        {
            foreach (var (slug, accepted) in filters.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                foreach (var value in accepted)
                {
                    Add(prefix + slug, value);
                }
            }
        }

        Add("sort", query.Sort is { } sort ? NameOf(sort) : null);
        Add("page", query.Page > 1 ? query.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add("page_size", query.PageSize != ProductQuery.DefaultPageSize ? query.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return new QueryBuilder(parts).ToQueryString().Value ?? string.Empty;
    }

    // "attr.colour=Red&attr.colour=Blue" as colour: [Red, Blue]; at most 20 values a filter.
    private static Dictionary<string, IReadOnlyList<string>> Prefixed(IQueryCollection values, string prefix)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length)
            {
                var accepted = value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(20).ToList();
                if (accepted.Count > 0)
                {
                    filters[key[prefix.Length..].ToLowerInvariant()] = accepted;
                }
            }
        }

        return filters;
    }

    private static long? ParsePrice(IQueryCollection values, string key, string currency, Dictionary<string, string[]> errors)
    {
        if (values[key].FirstOrDefault() is not { Length: > 0 } text)
        {
            return null;
        }

        return Prices.TryParse(text, currency, out var minor)
            ? minor
            : Fail<long?>(errors, key, $"{key} must be an amount such as 25 or 25.50.", null);
    }

    private static int ParseInt(IQueryCollection values, string key, int fallback, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        if (values[key].FirstOrDefault() is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : Fail(errors, key, message, fallback);
    }

    private static T Fail<T>(Dictionary<string, string[]> errors, string key, string message, T fallback)
    {
        errors[key] = [message];
        return fallback;
    }
}

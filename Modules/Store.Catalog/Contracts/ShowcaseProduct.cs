namespace Store.Catalog.Contracts;

/// <summary>A published product as a showcase (the home page's sections) shows it, with the product list's card fields.</summary>
public sealed record ShowcaseProduct(string Name, string Slug, string? ImageUrl, string? ImageAlt, long Price, bool PriceVaries, long? CompareAtPrice, bool InStock)
{
    public string Url => "/products/" + Slug;

    /// <summary>The product's id, for forms on a card that name the product (the wishlist's heart).</summary>
    public int ProductId { get; init; }

    public bool OnSale => CompareAtPrice is { } was && was > Price;

    /// <summary>The lowest price of the 30 days before the discount, when the shop shows it.</summary>
    public long? PriorLowPrice { get; init; }
}

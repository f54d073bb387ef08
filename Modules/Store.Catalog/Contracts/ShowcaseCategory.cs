namespace Store.Catalog.Contracts;

/// <summary>A category as a tile: its name, page and the picture of a published product in it or below it (none when it has none).</summary>
public sealed record ShowcaseCategory(string Name, string Slug, string? ImageUrl)
{
    public string Url => "/categories/" + Slug;
}

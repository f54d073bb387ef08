namespace Store.Catalog.Categories;

/// <summary>A slug a category used to have: links to it answer 301 to the category's current page.</summary>
public sealed class CategorySlugRedirect
{
    public string Slug { get; set; } = string.Empty;

    public int CategoryId { get; set; }
}

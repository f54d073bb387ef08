namespace Store.Catalog.Products;

/// <summary>An uploaded image's media key and its alt text, in display order.</summary>
public sealed record ImageInput(string Key, string? Alt);

namespace Store.Catalog.Categories;

public sealed class Category
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2_000;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public int? ParentId { get; set; }

    /// <summary>Position among its siblings.</summary>
    public int SortOrder { get; set; }

    /// <summary>Days after delivery its products may be returned, unless a product says otherwise: null = the shop's default, 0 = not returnable.</summary>
    public int? ReturnDays { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Goes up by one on every change; editors and API writes send the one they read (see <see cref="EditConflict"/>).</summary>
    public int Version { get; set; }
}

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>An image of the product in the editor: its position can be changed and it can be removed.</summary>
public sealed class ImageRow
{
    public string Key { get; set; } = string.Empty;

    public string? Alt { get; set; }

    public int Position { get; set; }

    public bool Remove { get; set; }
}

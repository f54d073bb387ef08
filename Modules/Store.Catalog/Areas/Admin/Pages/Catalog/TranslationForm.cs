namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>One culture's form on the content translation page; choices as two lists in the attribute's order.</summary>
public sealed class TranslationForm
{
    public string Culture { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public List<string> ChoiceValues { get; set; } = [];

    public List<string?> ChoiceTexts { get; set; } = [];

    public int Version { get; set; }
}

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>An option in the editor: its name and its values, typed comma-separated in order ("S, M, L").</summary>
public sealed class OptionRow
{
    public string? Name { get; set; }

    public string? Values { get; set; }

    public List<string> ValueList => (Values ?? string.Empty).Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}

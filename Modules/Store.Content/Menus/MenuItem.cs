namespace Store.Content.Menus;

/// <summary>One link of the header or footer menu, in <see cref="Position"/> order.</summary>
public sealed class MenuItem
{
    public const int LabelMaxLength = 60;
    public const int UrlMaxLength = 500;
    public const int MaxPerMenu = 20;

    public int Id { get; set; }

    public string Menu { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public int Position { get; set; }
}

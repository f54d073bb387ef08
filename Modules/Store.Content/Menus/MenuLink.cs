namespace Store.Content.Menus;

/// <summary>A menu link as the admin sends it and the layout reads it.</summary>
public sealed record MenuLink(string Label, string Url);

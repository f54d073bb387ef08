namespace Store.Content.Menus;

/// <summary>The menus a theme shows; the layout reads them as <c>menus.header</c> and <c>menus.footer</c>.</summary>
public static class MenuNames
{
    public const string Header = "header";
    public const string Footer = "footer";

    public static IReadOnlyList<string> All { get; } = [Header, Footer];
}

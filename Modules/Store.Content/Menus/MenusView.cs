namespace Store.Content.Menus;

/// <summary>The menus as every page reads them: <c>menus.header</c>, <c>menus.footer</c>.</summary>
public sealed record MenusView(IReadOnlyList<MenuLink> Header, IReadOnlyList<MenuLink> Footer);

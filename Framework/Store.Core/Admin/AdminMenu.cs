using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Store.Core.Modules;
using Store.Core.Security;

namespace Store.Core.Admin;

/// <summary>The admin navigation and landing-page panels: what every module contributes, less what the user may not open.</summary>
public sealed class AdminMenu(ModuleCatalog modules, IAuthorizationService authorization)
{
    private readonly IReadOnlyList<AdminMenuItem> _items =
    [
        new("Dashboard", "/admin", CorePermissions.AccessAdmin.Name, 0, "Home"),
        .. modules.Modules.SelectMany(m => m.AdminMenu).OrderBy(i => i.Order).ThenBy(i => i.Title, StringComparer.Ordinal),
    ];

    private readonly IReadOnlyList<AdminDashboardPanel> _panels = modules.Modules.SelectMany(m => m.DashboardPanels).OrderBy(p => p.Order).ToList();

    /// <summary>The landing page's panels the user may see.</summary>
    public async Task<IReadOnlyList<AdminDashboardPanel>> PanelsForUserAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminDashboardPanel>();
        foreach (var panel in _panels)
        {
            if (await authorization.HasPermissionAsync(user, panel.Permission))
            {
                visible.Add(panel);
            }
        }

        return visible;
    }

    public async Task<IReadOnlyList<AdminMenuItem>> ForUserAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in _items)
        {
            if (await authorization.HasPermissionAsync(user, item.Permission))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}

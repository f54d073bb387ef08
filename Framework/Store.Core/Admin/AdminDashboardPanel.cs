namespace Store.Core.Admin;

/// <summary>
/// A module's figures on the admin's landing page: the view component named <see cref="ViewComponent"/>, shown
/// only to users holding <see cref="Permission"/>. Core renders it without knowing the module.
/// </summary>
public sealed record AdminDashboardPanel(string ViewComponent, string Permission, int Order = 100);

using Fluid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Admin;
using Store.Core.Security;

namespace Store.Core.Modules;

/// <summary>
/// A module's one registration file: services, EF model, endpoints, admin menu and permissions.
/// Liquid templates (<c>Views/**/*.liquid</c>) and PO files (<c>Localization/*.po</c>) embedded in
/// the module's assembly are found without registration.
/// </summary>
public abstract class StoreModule
{
    public Assembly Assembly => GetType().Assembly;

    /// <summary>The module's name as people read it ("Catalog" for <c>CatalogModule</c>): the API reference's sections.</summary>
    public string Name => GetType().Name is var type && type.EndsWith("Module", StringComparison.Ordinal) ? type[..^"Module".Length] : GetType().Name;

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Applies every <see cref="IEntityTypeConfiguration{TEntity}"/> in the module's assembly.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly);

    /// <summary>Registers the view models this module exposes to Liquid templates.</summary>
    public virtual void ConfigureTemplates(TemplateOptions options)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Middleware that must see a request before routing (after localization and the setup check), such as redirects of old addresses. Keep it cheap: it runs for every request.</summary>
    public virtual void ConfigurePipeline(IApplicationBuilder app)
    {
    }

    public virtual IEnumerable<Permission> Permissions => [];

    public virtual IEnumerable<AdminMenuItem> AdminMenu => [];

    /// <summary>Panels this module adds to the admin's landing page (<c>/admin</c>).</summary>
    public virtual IEnumerable<AdminDashboardPanel> DashboardPanels => [];
}

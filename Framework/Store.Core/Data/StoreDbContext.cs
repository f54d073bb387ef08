using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Store.Core.Modules;

namespace Store.Core.Data;

/// <summary>The one unit of work: its model is composed from Core's configurations and every module's.</summary>
public sealed class StoreDbContext(DbContextOptions<StoreDbContext> options, ModuleCatalog modules) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Keys that protect cookies and antiforgery tokens, shared by every web node through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoreDbContext).Assembly);
        foreach (var module in modules.Modules)
        {
            module.ConfigureModel(modelBuilder);
        }
    }
}

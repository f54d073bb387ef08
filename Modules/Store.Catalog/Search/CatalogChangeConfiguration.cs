using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Search;

internal sealed class CatalogChangeConfiguration : IEntityTypeConfiguration<CatalogChange>
{
    public void Configure(EntityTypeBuilder<CatalogChange> builder)
    {
        builder.ToTable(CatalogChange.Table);
        builder.HasIndex(c => c.ChangedUtc);
    }
}

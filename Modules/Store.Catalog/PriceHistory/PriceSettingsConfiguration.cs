using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.PriceHistory;

internal sealed class PriceSettingsConfiguration : IEntityTypeConfiguration<PriceSettings>
{
    public void Configure(EntityTypeBuilder<PriceSettings> builder)
    {
        builder.ToTable("CatalogPriceSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

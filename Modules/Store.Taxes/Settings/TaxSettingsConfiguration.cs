using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Taxes.Categories;

namespace Store.Taxes.Settings;

internal sealed class TaxSettingsConfiguration : IEntityTypeConfiguration<TaxSettings>
{
    public void Configure(EntityTypeBuilder<TaxSettings> builder)
    {
        builder.ToTable("TaxSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ShopCountry).HasMaxLength(2);
        builder.Property(s => s.ShippingCategory).HasMaxLength(TaxCategory.CodeMaxLength);
    }
}

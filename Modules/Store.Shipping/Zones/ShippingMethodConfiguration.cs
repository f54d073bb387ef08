using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Shipping.Zones;

internal sealed class ShippingMethodConfiguration : IEntityTypeConfiguration<ShippingMethod>
{
    public void Configure(EntityTypeBuilder<ShippingMethod> builder)
    {
        builder.ToTable("ShippingMethods");
        builder.Property(m => m.Name).HasMaxLength(ShippingMethod.NameMaxLength);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        // The bands are part of the method, read and written with it: one JSON column.
        builder.OwnsMany(m => m.Bands, b => b.ToJson());
        builder.HasIndex(m => new { m.ZoneId, m.Position });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Shipping.Zones;

internal sealed class ShippingZoneConfiguration : IEntityTypeConfiguration<ShippingZone>
{
    public void Configure(EntityTypeBuilder<ShippingZone> builder)
    {
        builder.ToTable("ShippingZones");
        builder.Property(z => z.Name).HasMaxLength(ShippingZone.NameMaxLength);
        builder.Property(z => z.Places).HasMaxLength(ShippingZone.PlacesMaxLength);
        builder.HasMany(z => z.Methods).WithOne().HasForeignKey(m => m.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

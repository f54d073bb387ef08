using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Orders.Orders;

namespace Store.Orders.Shipments;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("Shipments");
        builder.Property(s => s.Carrier).HasMaxLength(50);
        builder.Property(s => s.TrackingNumber).HasMaxLength(100);
        builder.Property(s => s.TrackingUrl).HasMaxLength(500);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(100);
        builder.Property(s => s.By).HasMaxLength(450);
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        // A double-submitted ship form cannot insert a second shipment; numbers stay 1, 2, … per order.
        builder.HasIndex(s => new { s.OrderId, s.IdempotencyKey }).IsUnique();
        builder.HasIndex(s => new { s.OrderId, s.Sequence }).IsUnique();
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

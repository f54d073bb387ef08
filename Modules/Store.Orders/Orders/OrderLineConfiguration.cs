using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.Property(l => l.ProductName).HasMaxLength(300);
        builder.Property(l => l.Options).HasMaxLength(500);
        builder.Property(l => l.Sku).HasMaxLength(100);
        builder.Property(l => l.TaxRate).HasPrecision(7, 4);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Orders.Orders;

namespace Store.Orders.Invoices;

internal sealed class OrderDocumentConfiguration : IEntityTypeConfiguration<OrderDocument>
{
    public void Configure(EntityTypeBuilder<OrderDocument> builder)
    {
        builder.ToTable("OrderDocuments");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Number).HasMaxLength(40);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.HasIndex(d => d.Number).IsUnique();
        // A second copy of the same number in a series is impossible even if the counter were bypassed.
        builder.HasIndex(d => new { d.Kind, d.Year, d.Sequence }).IsUnique();
        builder.HasIndex(d => d.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}

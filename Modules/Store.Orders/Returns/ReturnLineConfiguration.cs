using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> builder)
    {
        builder.ToTable("ReturnLines");
        builder.HasIndex(l => new { l.ReturnRequestId, l.OrderLineId }).IsUnique();
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

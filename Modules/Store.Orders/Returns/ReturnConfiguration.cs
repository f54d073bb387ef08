using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

internal sealed class ReturnConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> builder)
    {
        builder.ToTable("Returns");
        builder.Property(r => r.Number).HasMaxLength(30);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(100);
        builder.Property(r => r.RequestedBy).HasMaxLength(450);
        builder.Property(r => r.StaffNote).HasMaxLength(500);
        // A double submit cannot make a second request; two requests at once cannot take the same number.
        builder.HasIndex(r => new { r.OrderId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.OrderId, r.Sequence }).IsUnique();
        // The admin's list: open requests first, newest first.
        builder.HasIndex(r => new { r.Status, r.RequestedUtc });
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

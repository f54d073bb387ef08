using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Orders.Orders;

internal sealed class OrderDiscountConfiguration : IEntityTypeConfiguration<OrderDiscount>
{
    public void Configure(EntityTypeBuilder<OrderDiscount> builder)
    {
        builder.ToTable("OrderDiscounts");
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.Code).HasMaxLength(32);
        builder.Property(d => d.Description).HasMaxLength(200);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Number).HasMaxLength(20);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.ExchangeRate).HasPrecision(18, 8);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(100);
        // A second place-order with the same key cannot insert a second order, however close the two are.
        builder.HasIndex(o => new { o.UserId, o.IdempotencyKey }).IsUnique();
        builder.HasIndex(o => new { o.UserId, o.Id });
        // A guest's double submit: the same cart and key cannot insert a second order either.
        builder.Property(o => o.GuestKey).HasMaxLength(40);
        builder.HasIndex(o => new { o.GuestKey, o.IdempotencyKey }).IsUnique();
        builder.HasIndex(o => new { o.Status, o.HoldExpiresUtc });
        builder.Property(o => o.PaymentProvider).HasMaxLength(20);
        builder.Property(o => o.PaymentSessionId).HasMaxLength(255);
        builder.Property(o => o.PaymentIntentId).HasMaxLength(255);
        builder.Property(o => o.AttentionNote).HasMaxLength(500);
        builder.Property(o => o.ShippingMethod).HasMaxLength(100);
        builder.Property(o => o.ShippingTaxRate).HasPrecision(7, 4);
        // The webhook finds its order by the session it carries.
        builder.HasIndex(o => o.PaymentSessionId);
        // The order admin's default sort and date filters, the reports' days by status, and the other sorts.
        builder.HasIndex(o => o.PlacedUtc);
        builder.HasIndex(o => new { o.Status, o.PlacedUtc });
        builder.HasIndex(o => o.Email);
        builder.HasIndex(o => o.Total);
        // Migration OrderAdminSpeed: a status with a total sort; a date range with a total range and the customer
        // sort, the page's ids read from this index alone. It also adds lower("Email") by hand (EF has no expression
        // indexes) for the exact-address lookup of the customer filter.
        builder.HasIndex(o => new { o.Status, o.Total });
        builder.HasIndex(o => new { o.PlacedUtc, o.Total, o.Email });
        // Migration OrderAdminPlans: the payment filters (paid, partly refunded...) test RefundedAmount, and the page goes
        // newest first. Without this, SQLite 3.53 (the one bundled) read every paid order through the status index and
        // sorted them all for a page of 20 (250 ms CPU at 100,000 orders); with it, it walks this index backwards.
        builder.HasIndex(o => new { o.RefundedAmount, o.Id });
        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.FullName).HasMaxLength(100);
            // The customer filter finds the distinct names holding its term by scanning this index, not the orders.
            address.HasIndex(a => a.FullName);
            address.Property(a => a.Line1).HasMaxLength(200);
            address.Property(a => a.Line2).HasMaxLength(200);
            address.Property(a => a.City).HasMaxLength(100);
            address.Property(a => a.Region).HasMaxLength(100);
            address.Property(a => a.PostalCode).HasMaxLength(20);
            address.Property(a => a.Country).HasMaxLength(2);
            address.Property(a => a.Phone).HasMaxLength(30);
        });
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.CouponCode).HasMaxLength(32);
        builder.HasMany(o => o.Discounts).WithOne().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

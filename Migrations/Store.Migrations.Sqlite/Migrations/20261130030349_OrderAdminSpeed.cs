using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrderAdminSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProductSalesDays",
                columns: table => new
                {
                    DayUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductSalesDays", x => new { x.DayUtc, x.ProductId });
                });

            migrationBuilder.CreateTable(
                name: "SalesHours",
                columns: table => new
                {
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOrders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesHours", x => new { x.HourUtc, x.Status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PlacedUtc_Total_Email",
                table: "Orders",
                columns: new[] { "PlacedUtc", "Total", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ShippingAddress_FullName",
                table: "Orders",
                column: "ShippingAddress_FullName");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_Total",
                table: "Orders",
                columns: new[] { "Status", "Total" });

            // ---- BEGIN hand-written SQL (OrderAdminSpeed, Sqlite): carry over as is when reconciling migrations ----
            // The customer filter's exact-address lookup: an expression index, which EF's model cannot describe.
            migrationBuilder.Sql("""CREATE INDEX "IX_Orders_EmailLower" ON "Orders" (lower("Email"));""");

            // Back-fill of the dashboard's tables from the orders already there (Modules/Store.Orders/README.md,
            // "Reports"): what SalesRollup.RebuildAsync sums, per UTC hour and status, and per UTC day and product
            // for the orders now sold. "Money taken" is PaymentStates.WasPaid.
            migrationBuilder.Sql("""
                INSERT INTO "SalesHours" ("HourUtc", "Status", "Orders", "Total", "Revenue", "PaidOrders")
                SELECT strftime('%Y-%m-%d %H:00:00', o."PlacedUtc"), o."Status", COUNT(*), SUM(o."Total"), SUM(o."Total" - o."RefundedAmount"),
                       SUM(CASE WHEN o."Status" IN ('Paid', 'Shipped', 'Delivered', 'Refunded') OR o."PaidUtc" IS NOT NULL OR o."RefundedAmount" > 0
                              OR EXISTS (SELECT 1 FROM "OrderHistory" h WHERE h."OrderId" = o."Id" AND h."To" = 'Paid') THEN 1 ELSE 0 END)
                FROM "Orders" o
                GROUP BY 1, 2;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ProductSalesDays" ("DayUtc", "ProductId", "Name", "Units", "Revenue")
                SELECT strftime('%Y-%m-%d 00:00:00', o."PlacedUtc"), l."ProductId", MAX(l."ProductName"), SUM(l."Quantity"), SUM(l."LineTotal")
                FROM "OrderLines" l JOIN "Orders" o ON o."Id" = l."OrderId"
                WHERE o."Status" IN ('Paid', 'Shipped', 'Delivered')
                GROUP BY 1, 2;
                """);
            // ---- END hand-written SQL (OrderAdminSpeed, Sqlite) ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // ---- BEGIN hand-written SQL (OrderAdminSpeed, Sqlite) ----
            // IF EXISTS: on SQLite a later migration's Down that drops Orders columns rebuilds the table, and the
            // rebuild only re-creates the indexes EF knows, so this hand-made one may already be gone.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Orders_EmailLower";""");
            // ---- END hand-written SQL (OrderAdminSpeed, Sqlite) ----

            migrationBuilder.DropTable(
                name: "ProductSalesDays");

            migrationBuilder.DropTable(
                name: "SalesHours");

            migrationBuilder.DropIndex(
                name: "IX_Orders_PlacedUtc_Total_Email",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_ShippingAddress_FullName",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_Total",
                table: "Orders");
        }
    }
}

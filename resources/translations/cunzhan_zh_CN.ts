<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>PIN (4–8 digits):</source>
        <translation>密码（4–8位数字）：</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>再输一次密码：</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>In the drawer (expected):</source>
        <translation>钱箱应有：</translation>
    </message>
    <message>
        <source>Open day (F5)</source>
        <translation>开账 (F5)</translation>
    </message>
    <message>
        <source>Cash in (F6)</source>
        <translation>存入现金 (F6)</translation>
    </message>
    <message>
        <source>Cash out (F7)</source>
        <translation>取出现金 (F7)</translation>
    </message>
    <message>
        <source>Bank deposit (F8)</source>
        <translation>存银行 (F8)</translation>
    </message>
    <message>
        <source>Close day (F10)</source>
        <translation>日结关账 (F10)</translation>
    </message>
    <message>
        <source>Today's drawer movements</source>
        <translation>今日钱箱流水</translation>
    </message>
    <message>
        <source>X report (F11)</source>
        <translation>X 报表 (F11)</translation>
    </message>
    <message>
        <source>Reprint Z (F12)</source>
        <translation>重印 Z 报表 (F12)</translation>
    </message>
</context>
<context>
    <name>ConsignmentDispatchDialog</name>
    <message>
        <source>Dispatch a sale</source>
        <translation>销售发货</translation>
    </message>
    <message>
        <source>Courier:</source>
        <translation>快递公司：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>快递单号：</translation>
    </message>
</context>
<context>
    <name>ConsignmentFarmerDialog</name>
    <message>
        <source>Register a farmer</source>
        <translation>登记农户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Village group:</source>
        <translation>村组：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Only the last four characters of the ID number are kept.</source>
        <translation>身份证号只保存后四位。</translation>
    </message>
    <message>
        <source>Payout preference:</source>
        <translation>结算方式：</translation>
    </message>
    <message>
        <source>Card / wallet:</source>
        <translation>卡号 / 钱包：</translation>
    </message>
</context>
<context>
    <name>ConsignmentLabelDialog</name>
    <message>
        <source>Shelf label</source>
        <translation>货架标签</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>ConsignmentListingDialog</name>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation>品名（中文）：</translation>
    </message>
    <message>
        <source>Title (English, optional):</source>
        <translation>品名（英文，可选）：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Price per unit (¥):</source>
        <translation>单价（¥）：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Harvest date:</source>
        <translation>采收日期：</translation>
    </message>
    <message>
        <source>Shelf life (days):</source>
        <translation>保质期（天）：</translation>
    </message>
    <message>
        <source>Grade / notes:</source>
        <translation>等级 / 备注：</translation>
    </message>
    <message>
        <source>Photo file:</source>
        <translation>照片文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>ConsignmentPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>代卖</translation>
    </message>
    <message>
        <source>Find a farmer: name, pinyin, initials, phone</source>
        <translation>查找农户：姓名、拼音、首字母、电话</translation>
    </message>
    <message>
        <source>Register farmer (F5)</source>
        <translation>登记农户 (F5)</translation>
    </message>
    <message>
        <source>Owed to the farmer:</source>
        <translation>应付农户：</translation>
    </message>
    <message>
        <source>Listings and stock held for the farmer</source>
        <translation>商品及代农户保管的库存</translation>
    </message>
    <message>
        <source>New listing (F6)</source>
        <translation>新建商品 (F6)</translation>
    </message>
    <message>
        <source>Receive goods (F7)</source>
        <translation>收货 (F7)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Shelf label</source>
        <translation>货架标签</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>Mark down</source>
        <translation>降价促销</translation>
    </message>
    <message>
        <source>Record spoilage</source>
        <translation>登记损耗</translation>
    </message>
    <message>
        <source>Return to farmer</source>
        <translation>退还农户</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Dispatch (F10)</source>
        <translation>发货 (F10)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Pay out (F11)</source>
        <translation>结算付款 (F11)</translation>
    </message>
</context>
<context>
    <name>ConsignmentPayoutDialog</name>
    <message>
        <source>Pay a farmer</source>
        <translation>给农户结算</translation>
    </message>
    <message>
        <source>Pay in cash (¥):</source>
        <translation>现金支付（¥）：</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>打印对账单…</translation>
    </message>
</context>
<context>
    <name>ConsignmentStockDialog</name>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>New price per unit (¥):</source>
        <translation>新单价（¥）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Name, pinyin, initials or phone digits</source>
        <translation>姓名、拼音、首字母或手机号</translation>
    </message>
    <message>
        <source>New villager</source>
        <translation>新村民</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Village group:</source>
        <translation>村民小组：</translation>
    </message>
    <message>
        <source>Add and choose</source>
        <translation>添加并选择</translation>
    </message>
    <message>
        <source>Serve anonymously</source>
        <translation>不登记，散客</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
</context>
<context>
    <name>DenominationDialog</name>
    <message>
        <source>Counted:</source>
        <translation>点数合计：</translation>
    </message>
    <message>
        <source>Note (required when the count differs):</source>
        <translation>备注（点数不符时必填）：</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Log out (F12)</source>
        <translation>退出登录 (F12)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Who are you?</source>
        <translation>请选择您的名字</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>登录 (回车)</translation>
    </message>
</context>
<context>
    <name>OrderHistoryPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Villager…</source>
        <translation>村民…</translation>
    </message>
    <message>
        <source>Reprint receipt (F7)</source>
        <translation>补打收据 (F7)</translation>
    </message>
    <message>
        <source>Pay refund in cash</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Void (supervisor)</source>
        <translation>作废（站长）</translation>
    </message>
    <message>
        <source>Ask to cancel</source>
        <translation>申请取消</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Cash order</source>
        <translation>代购订单</translation>
    </message>
    <message>
        <source>Villager… (F3)</source>
        <translation>村民… (F3)</translation>
    </message>
    <message>
        <source>Customer display (F11)</source>
        <translation>顾客显示屏 (F11)</translation>
    </message>
    <message>
        <source>Search: hanzi, pinyin, initials, English, barcode (F4)</source>
        <translation>搜索：汉字、拼音、首字母、英文、条码 (F4)</translation>
    </message>
    <message>
        <source>Add to cart (Enter)</source>
        <translation>加入购物车 (回车)</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Service fee:</source>
        <translation>服务费：</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>应付：</translation>
    </message>
    <message>
        <source>Wallet available:</source>
        <translation>钱包可用：</translation>
    </message>
    <message>
        <source>Take cash (F10)</source>
        <translation>收款 (F10)</translation>
    </message>
</context>
<context>
    <name>ParcelPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Pickup code or last 4 digits of the phone (F5)</source>
        <translation>取件码或手机尾号后4位 (F5)</translation>
    </message>
    <message>
        <source>Hand over (Enter)</source>
        <translation>交给村民 (回车)</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到件</translation>
    </message>
    <message>
        <source>Scan or type the tracking number (F6)</source>
        <translation>扫描或输入运单号 (F6)</translation>
    </message>
    <message>
        <source>Put on the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Return to sender…</source>
        <translation>退回…</translation>
    </message>
</context>
<context>
    <name>PaymentsAssistedTab</name>
    <message>
        <source>Services the station offers at its own price, without the marketplace. The price is the station's income.</source>
        <translation>本站自行定价提供的服务，不经平台。所收价款为本站收入。</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>The villager pays:</source>
        <translation>村民应付：</translation>
    </message>
    <message>
        <source>Take cash (F10)</source>
        <translation>收款 (F10)</translation>
    </message>
</context>
<context>
    <name>PaymentsBillTab</name>
    <message>
        <source>Pay to:</source>
        <translation>缴费单位：</translation>
    </message>
    <message>
        <source>Update the list</source>
        <translation>更新列表</translation>
    </message>
    <message>
        <source>Utility bill (looked up online)</source>
        <translation>生活缴费（联网查询）</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>户号：</translation>
    </message>
    <message>
        <source>Look up (F5)</source>
        <translation>查询 (F5)</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>户主：</translation>
    </message>
    <message>
        <source>Billing month:</source>
        <translation>账期：</translation>
    </message>
    <message>
        <source>Amount due:</source>
        <translation>应缴金额：</translation>
    </message>
    <message>
        <source>Pay (¥):</source>
        <translation>缴纳（元）：</translation>
    </message>
    <message>
        <source>Phone top-up (works offline)</source>
        <translation>话费充值（可离线）</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Station's fee:</source>
        <translation>本站手续费：</translation>
    </message>
    <message>
        <source>The villager pays:</source>
        <translation>村民应付：</translation>
    </message>
    <message>
        <source>Take cash and pay (F10)</source>
        <translation>收现金并缴费 (F10)</translation>
    </message>
</context>
<context>
    <name>PaymentsCashDialog</name>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Station's fee:</source>
        <translation>本站手续费：</translation>
    </message>
    <message>
        <source>The villager pays:</source>
        <translation>村民应付：</translation>
    </message>
    <message>
        <source>Cash received (¥):</source>
        <translation>实收现金（元）：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>找零：</translation>
    </message>
</context>
<context>
    <name>PaymentsHistoryTab</name>
    <message>
        <source>Give the refund in cash</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Refund the ticket</source>
        <translation>退票</translation>
    </message>
    <message>
        <source>Print the confirmation</source>
        <translation>打印确认单</translation>
    </message>
    <message>
        <source>Reprint the receipt</source>
        <translation>重打小票</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Bills, top-ups, tickets and services</source>
        <translation>缴费、充值、火车票和便民服务</translation>
    </message>
    <message>
        <source>Platform wallet…</source>
        <translation>平台钱包…</translation>
    </message>
    <message>
        <source>Fees and services…</source>
        <translation>手续费和服务…</translation>
    </message>
</context>
<context>
    <name>PaymentsSettingsDialog</name>
    <message>
        <source>Fees, services and the wallet warning</source>
        <translation>手续费、服务和钱包提醒</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Fixed part (¥):</source>
        <translation>固定部分（元）：</translation>
    </message>
    <message>
        <source>Rate (% of the amount):</source>
        <translation>费率（金额的 %）：</translation>
    </message>
    <message>
        <source>At least (¥):</source>
        <translation>最低（元）：</translation>
    </message>
    <message>
        <source>At most (¥, empty = no limit):</source>
        <translation>最高（元，空 = 不限）：</translation>
    </message>
    <message>
        <source>Save this fee</source>
        <translation>保存此手续费</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Per (unit):</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Price (¥):</source>
        <translation>价格（元）：</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新服务</translation>
    </message>
    <message>
        <source>Save this service</source>
        <translation>保存此服务</translation>
    </message>
    <message>
        <source>Wallet warning</source>
        <translation>钱包提醒</translation>
    </message>
    <message>
        <source>The payments desk warns when the wallet's available balance falls below this amount.</source>
        <translation>钱包可用余额低于此金额时，代缴台会提醒。</translation>
    </message>
    <message>
        <source>Warn below (¥):</source>
        <translation>低于此值提醒（元）：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PaymentsTicketTab</name>
    <message>
        <source>From:</source>
        <translation>出发：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到达：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Search trains (F5)</source>
        <translation>查询车次 (F5)</translation>
    </message>
    <message>
        <source>Seat class:</source>
        <translation>席别：</translation>
    </message>
    <message>
        <source>Passenger's name:</source>
        <translation>乘客姓名：</translation>
    </message>
    <message>
        <source>ID card number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Fare + station's fee:</source>
        <translation>票价 + 本站手续费：</translation>
    </message>
    <message>
        <source>The villager pays:</source>
        <translation>村民应付：</translation>
    </message>
    <message>
        <source>Take cash and book (F10)</source>
        <translation>收现金并订票 (F10)</translation>
    </message>
</context>
<context>
    <name>PaymentsWalletPage</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← 返回 (Esc)</translation>
    </message>
    <message>
        <source>Platform wallet</source>
        <translation>平台钱包</translation>
    </message>
    <message>
        <source>Confirmed balance:</source>
        <translation>已确认余额：</translation>
    </message>
    <message>
        <source>Statement from:</source>
        <translation>对账单从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Check against the marketplace (F5)</source>
        <translation>与平台对账 (F5)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Print receipt (F9)</source>
        <translation>打印小票 (F9)</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>用小票打印机打印</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print on another printer (Ctrl+P)</source>
        <translation>用其他打印机打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Ctrl+S)</source>
        <translation>把收据保存为 PDF 文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Station time zone:</source>
        <translation>服务站时区：</translation>
    </message>
    <message>
        <source>Lock after 5 wrong PINs for (minutes):</source>
        <translation>连续5次输错密码后锁定（分钟）：</translation>
    </message>
    <message>
        <source>Cash difference needing a supervisor (¥):</source>
        <translation>需站长审批的现金差额（元）：</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Unlock selected</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <source>Float to keep in the drawer after the close (¥):</source>
        <translation>日结后钱箱留存备用金（元）：</translation>
    </message>
    <message>
        <source>The close suggests banking the cash above this amount.</source>
        <translation>日结时建议将超出此金额的现金存入银行。</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor:</source>
        <translation>站长：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Marketplace sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步 (F5)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>平台地址：</translation>
    </message>
    <message>
        <source>Station token:</source>
        <translation>服务站令牌：</translation>
    </message>
    <message>
        <source>CA certificate file (optional):</source>
        <translation>CA 证书文件（可选）：</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>保存连接</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>To pay:</source>
        <translation>应付：</translation>
    </message>
    <message>
        <source>Cash received (¥):</source>
        <translation>实收现金（元）：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>找零：</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>刚好</translation>
    </message>
</context>
<context>
    <name>cz::gui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>密码为4到8位数字。</translation>
    </message>
    <message>
        <source>A user with that name already exists.</source>
        <translation>已有同名用户。</translation>
    </message>
</context>
<context>
    <name>cz::gui::CartModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>cz::gui::CashMovementDialog</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>cz::gui::CashPage</name>
    <message>
        <source>Business day %1 is open (since %2).</source>
        <translation>营业日 %1 已开账（%2 起）。</translation>
    </message>
    <message>
        <source>No business day is open. Count the float and open day %1.</source>
        <translation>尚未开账。请点清备用金，开启营业日 %1。</translation>
    </message>
    <message>
        <source>No cash has moved yet today.</source>
        <translation>今天钱箱还没有流水。</translation>
    </message>
    <message>
        <source>Count the cash you put in the drawer to start. This first float is recorded as the owner's money.</source>
        <translation>请点清放入钱箱的备用金。第一笔备用金记为站长投入的资金。</translation>
    </message>
    <message>
        <source>Count the cash in the drawer. If it differs from what the ledger expects, say why.</source>
        <translation>请点清钱箱里的现金。如与账面不符，请说明原因。</translation>
    </message>
    <message>
        <source>Open business day %1</source>
        <translation>开启营业日 %1</translation>
    </message>
    <message>
        <source>Day %1 opened with %2 in the drawer.</source>
        <translation>营业日 %1 已开账，钱箱现金 %2。</translation>
    </message>
    <message>
        <source>Put cash into the drawer</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash the owner adds (change, small notes). It is recorded as the owner's money.</source>
        <translation>站长放入的现金（零钱、小额纸币），记为站长投入。</translation>
    </message>
    <message>
        <source>Change for the day</source>
        <translation>当天零钱</translation>
    </message>
    <message>
        <source>Owner adds cash</source>
        <translation>站长放入现金</translation>
    </message>
    <message>
        <source>Take cash out of the drawer</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Cash the owner takes out. You cannot take more than the drawer holds.</source>
        <translation>站长取走的现金。取出金额不能超过钱箱现有现金。</translation>
    </message>
    <message>
        <source>Owner takes cash</source>
        <translation>站长取现</translation>
    </message>
    <message>
        <source>Pay a supplier</source>
        <translation>付供货商</translation>
    </message>
    <message>
        <source>Petty expenses</source>
        <translation>零星开支</translation>
    </message>
    <message>
        <source>Deposit cash at the bank</source>
        <translation>现金存入银行</translation>
    </message>
    <message>
        <source>Cash taken from the drawer to the station's bank account.</source>
        <translation>从钱箱取出、存入服务站银行账户的现金。</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>存银行</translation>
    </message>
    <message>
        <source>Recorded. The drawer now holds %1.</source>
        <translation>已记账。钱箱现有 %1。</translation>
    </message>
    <message>
        <source>Close business day %1</source>
        <translation>日结：关闭营业日 %1</translation>
    </message>
    <message>
        <source>Day %1 closed. Counted %2, expected %3.</source>
        <translation>营业日 %1 已关账。实点 %2，应有 %3。</translation>
    </message>
    <message>
        <source>The difference is larger than the limit. A supervisor must approve it.</source>
        <translation>差额超过限额，需要站长审批。</translation>
    </message>
    <message>
        <source>Day %1 closed with a difference of %2, approved by %3.</source>
        <translation>营业日 %1 已关账，差额 %2，由 %3 审批。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor's approval.</source>
        <translation>等待站长审批。</translation>
    </message>
    <message>
        <source>Count everything in the drawer. The expected figure is shown only after your count. Any difference is recorded as cash over/short with your note; a large one needs a supervisor.</source>
        <translation>请清点钱箱里的全部现金。点完后才显示应有金额。差额将连同您的备注记为长短款；差额较大需站长批准。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) still wait for the marketplace; they are carried over to the next day and listed on the Z report.</source>
        <translation>
            <numerusform>还有 %n 笔操作等待平台确认；它们结转到下一营业日，并列在 Z 报表上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected %1, counted %2: a difference of %3. Count again, or explain the difference in the note and press OK.</source>
        <translation>应有 %1，实点 %2，差额 %3。请重新清点，或在备注中说明差额后按确定。</translation>
    </message>
</context>
<context>
    <name>cz::gui::Categories</name>
    <message>
        <source>Daily goods</source>
        <translation>日用百货</translation>
    </message>
    <message>
        <source>Food &amp; drinks</source>
        <translation>食品饮料</translation>
    </message>
    <message>
        <source>Grain, oil &amp; seasoning</source>
        <translation>粮油调味</translation>
    </message>
    <message>
        <source>Farm tools &amp; hardware</source>
        <translation>农具五金</translation>
    </message>
    <message>
        <source>Seeds &amp; seedlings</source>
        <translation>种子种苗</translation>
    </message>
    <message>
        <source>Fertilizer &amp; crop care</source>
        <translation>化肥农药</translation>
    </message>
    <message>
        <source>Clothing &amp; shoes</source>
        <translation>服装鞋帽</translation>
    </message>
    <message>
        <source>Home appliances</source>
        <translation>家用电器</translation>
    </message>
    <message>
        <source>Phones &amp; digital</source>
        <translation>手机数码</translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation>文具学习</translation>
    </message>
    <message>
        <source>Mother &amp; baby</source>
        <translation>母婴用品</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>医药保健</translation>
    </message>
    <message>
        <source>Kitchenware</source>
        <translation>厨具餐具</translation>
    </message>
</context>
<context>
    <name>cz::gui::Consignment</name>
    <message>
        <source>Fruit</source>
        <translation>水果</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <translation>蔬菜</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>粮食</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>禽蛋</translation>
    </message>
    <message>
        <source>Meat</source>
        <translation>肉类</translation>
    </message>
    <message>
        <source>Honey</source>
        <translation>蜂蜜</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>坚果</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶叶</translation>
    </message>
    <message>
        <source>Mushrooms</source>
        <translation>菌菇</translation>
    </message>
    <message>
        <source>Herbs</source>
        <translation>药材</translation>
    </message>
    <message>
        <source>Handicrafts</source>
        <translation>手工艺品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <source>Yunda</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>J&amp;T Express</source>
        <translation>极兔速递</translation>
    </message>
</context>
<context>
    <name>cz::gui::ConsignmentFarmerDialog</name>
    <message>
        <source>Cash at the station</source>
        <translation>到站领现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>手机钱包</translation>
    </message>
</context>
<context>
    <name>cz::gui::ConsignmentLabelDialog</name>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>cz::gui::ConsignmentListingDialog</name>
    <message>
        <source>No photo yet (up to 5).</source>
        <translation>还没有照片（最多 5 张）。</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>A listing has at most 5 photos.</source>
        <translation>一个商品最多 5 张照片。</translation>
    </message>
    <message>
        <source>Cannot read the photo file %1.</source>
        <translation>无法读取照片文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a picture.</source>
        <translation>%1 不是图片。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 张照片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cz::gui::ConsignmentPage</name>
    <message>
        <source>Consignment intake slip</source>
        <translation>代卖收货单</translation>
    </message>
    <message>
        <source>Goods returned to the farmer</source>
        <translation>退还农户货品单</translation>
    </message>
    <message>
        <source>Farmer payout receipt</source>
        <translation>农户结算付款收据</translation>
    </message>
    <message>
        <source>Farmer statement</source>
        <translation>农户对账单</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Held for the farmer</source>
        <translation>代农户保管</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Paid out in cash</source>
        <translation>现金付款</translation>
    </message>
    <message>
        <source>Owed before</source>
        <translation>付款前应付</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>仍欠</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Sales (gross)</source>
        <translation>销售额（总额）</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>平台服务费</translation>
    </message>
    <message>
        <source>Station commission</source>
        <translation>服务站佣金</translation>
    </message>
    <message>
        <source>Markdowns borne by the station</source>
        <translation>服务站承担的降价</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Not yet settled by the marketplace</source>
        <translation>平台尚未结算</translation>
    </message>
    <message>
        <source>The goods remain the farmer's until sold.</source>
        <translation>货品售出前仍归农户所有。</translation>
    </message>
    <message>
        <source>Farmer's signature</source>
        <translation>农户签字</translation>
    </message>
    <message>
        <source>Received by (signature)</source>
        <translation>收货人（签字）</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) to pack and dispatch</source>
        <translation>
            <numerusform>%n 笔销售待打包发货</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or register a farmer.</source>
        <translation>请选择或登记农户。</translation>
    </message>
    <message>
        <source>Of this, %1 is from sales the marketplace has not settled yet.</source>
        <translation>其中 %1 来自平台尚未结算的销售。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Sell by</source>
        <translation>最迟销售日</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>pending marketplace confirmation</source>
        <translation>待平台确认</translation>
    </message>
    <message>
        <source>near the end of its shelf life</source>
        <translation>临近保质期</translation>
    </message>
    <message>
        <source>past its shelf life</source>
        <translation>已过保质期</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Farmer gets</source>
        <translation>农户所得</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>to pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>dispatched %1</source>
        <translation>已发货 %1</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>%1 more sold than held</source>
        <translation>超卖 %1</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 已登记。</translation>
    </message>
    <message>
        <source>Listing %1 created. Receive the goods, then publish it.</source>
        <translation>商品 %1 已创建。请先收货，再上架。</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Weigh or count what %1 brings in (in %2). The farmer gets an intake slip.</source>
        <translation>称重或清点%1的货品（单位：%2）。农户会拿到收货单。</translation>
    </message>
    <message>
        <source>Received. %1 units are on the shelf.</source>
        <translation>已收货。货架上现有 %1。</translation>
    </message>
    <message>
        <source>Sent to the marketplace: %1 units. It is pending until the marketplace publishes it.</source>
        <translation>已提交平台：%1 件。平台上架前显示为待确认。</translation>
    </message>
    <message>
        <source>Change the price</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>A new price the farmer agreed to. Now %1.</source>
        <translation>农户同意的新价格。现价 %1。</translation>
    </message>
    <message>
        <source>The price is now %1.</source>
        <translation>现价为 %1。</translation>
    </message>
    <message>
        <source>The station bears the discount: the farmer is still paid %1 a unit.</source>
        <translation>降价由服务站承担：农户仍按每单位 %1 结算。</translation>
    </message>
    <message>
        <source>The farmer bears the discount: they are paid from the lower price.</source>
        <translation>降价由农户承担：按降价后的价格结算。</translation>
    </message>
    <message>
        <source>Mark down</source>
        <translation>降价促销</translation>
    </message>
    <message>
        <source>Sell aging goods faster at a lower price (now %1). %2</source>
        <translation>临期货品降价加快销售（现价 %1）。%2</translation>
    </message>
    <message>
        <source>Marked down to %1.</source>
        <translation>已降价至 %1。</translation>
    </message>
    <message>
        <source>Record spoilage</source>
        <translation>登记损耗</translation>
    </message>
    <message>
        <source>Goods that went bad leave the shelf. Say why. No money moves: the goods are the farmer's.</source>
        <translation>变质货品下架，请写明原因。不涉及资金：货品归农户所有。</translation>
    </message>
    <message>
        <source>Recorded. %1 units are on the shelf.</source>
        <translation>已登记。货架上现有 %1。</translation>
    </message>
    <message>
        <source>Return goods to the farmer</source>
        <translation>退货给农户</translation>
    </message>
    <message>
        <source>The farmer takes goods back and signs the slip.</source>
        <translation>农户取回货品并在单据上签字。</translation>
    </message>
    <message>
        <source>Returned. %1 units are on the shelf.</source>
        <translation>已退还。货架上现有 %1。</translation>
    </message>
    <message>
        <source>Withdrawn. Sales already made must still be dispatched.</source>
        <translation>已下架。已成交的订单仍需发货。</translation>
    </message>
    <message>
        <source>Farmer: %1</source>
        <translation>农户：%1</translation>
    </message>
    <message>
        <source>Sell by %1</source>
        <translation>最迟销售 %1</translation>
    </message>
    <message>
        <source>Packed. Dispatch it with the courier's tracking number.</source>
        <translation>已打包。请填写快递单号发货。</translation>
    </message>
    <message>
        <source>%1 × %2 for the buyer. Hand the parcel to the courier and type the tracking number.</source>
        <translation>买家订购 %1 × %2。把包裹交给快递员并输入快递单号。</translation>
    </message>
    <message>
        <source>Dispatched. The marketplace settles the sale into the wallet after delivery.</source>
        <translation>已发货。买家收货后平台把货款结算到钱包。</translation>
    </message>
    <message>
        <source>Paid %1 in cash. Still owed: %2.</source>
        <translation>已现金支付 %1。仍欠：%2。</translation>
    </message>
</context>
<context>
    <name>cz::gui::ConsignmentPayoutDialog</name>
    <message>
        <source>%1 is owed %2. Count the cash out, print the statement, and let the farmer sign the receipt.</source>
        <translation>应付 %1 %2。请点清现金、打印对账单，并请农户在收据上签字。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>仍欠</translation>
    </message>
    <message>
        <source>Sale: %1</source>
        <translation>售出：%1</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>cz::gui::CustomerDialog</name>
    <message>
        <source>Who is it for?</source>
        <translation>为谁代购？</translation>
    </message>
    <message>
        <source>Nobody found. Add the villager below.</source>
        <translation>没有找到，请在下面添加村民。</translation>
    </message>
    <message>
        <source>Choose a villager from the list, add one, or serve anonymously.</source>
        <translation>请从列表中选择村民、添加新村民，或按散客处理。</translation>
    </message>
    <message>
        <source>Enter the villager's name.</source>
        <translation>请输入村民姓名。</translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits.</source>
        <translation>手机号为5到20位数字。</translation>
    </message>
</context>
<context>
    <name>cz::gui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>Service fee   %1</source>
        <translation>服务费   %1</translation>
    </message>
    <message>
        <source>Received %1 — change %2</source>
        <translation>实收 %1 —— 找零 %2</translation>
    </message>
</context>
<context>
    <name>cz::gui::DenominationDialog</name>
    <message>
        <source>%1 jiao (¥0.%1)</source>
        <translation>%1角（¥0.%1）</translation>
    </message>
    <message>
        <source>Drawer should hold: %1</source>
        <translation>钱箱应有：%1</translation>
    </message>
    <message>
        <source>Drawer should hold: %1 — matches</source>
        <translation>钱箱应有：%1 —— 相符</translation>
    </message>
    <message>
        <source>Drawer should hold: %1 — difference %2</source>
        <translation>钱箱应有：%1 —— 差额 %2</translation>
    </message>
</context>
<context>
    <name>cz::gui::DrawerMovementsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>事由/备注</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Drawer after</source>
        <translation>钱箱余额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>cz::gui::HomePage</name>
    <message>
        <source>Hello, %1. What are we doing?</source>
        <translation>%1，您好！今天办什么业务？</translation>
    </message>
    <message>
        <source>Open the day, cash in/out, deposit, close</source>
        <translation>开账、存取现金、存银行、关账</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, time zone, users</source>
        <translation>语言、时区、用户</translation>
    </message>
    <message>
        <source>Cash &amp; day</source>
        <translation>日结 · 现金</translation>
    </message>
    <message>
        <source>Marketplace sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>What is waiting, what needs attention</source>
        <translation>待发送和需处理的事项</translation>
    </message>
    <message>
        <source>Cash order</source>
        <translation>代购订单</translation>
    </message>
    <message>
        <source>Buy from the marketplace for a villager</source>
        <translation>替村民在平台下单</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Hand over, put on the shelf, send back</source>
        <translation>取件、上架、退回</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>History, refunds, reprints</source>
        <translation>历史、退款、补打</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>代卖</translation>
    </message>
    <message>
        <source>Farmers, listings, sales, payouts</source>
        <translation>农户、商品、销售、结算</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Income, charts, Taobao village, CSV</source>
        <translation>收入、图表、淘宝村、CSV</translation>
    </message>
    <message>
        <source>Bills &amp; tickets</source>
        <translation>代缴</translation>
    </message>
    <message>
        <source>Utility bills, phone top-ups, train tickets, services</source>
        <translation>水电燃气、话费、火车票、便民服务</translation>
    </message>
</context>
<context>
    <name>cz::gui::LoginPage</name>
    <message>
        <source>%1 — Cunzhan station desk</source>
        <translation>%1 —— 村站服务台</translation>
    </message>
    <message>
        <source>This station has no users yet. Create one with: cunzhan-ctl init</source>
        <translation>本站还没有用户。请用 cunzhan-ctl init 创建。</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>请先选择您的名字。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>密码为4到8位数字。</translation>
    </message>
</context>
<context>
    <name>cz::gui::MainWindow</name>
    <message>
        <source>Cunzhan village station — %1</source>
        <translation>村站 —— %1</translation>
    </message>
</context>
<context>
    <name>cz::gui::OrderHistoryPage</name>
    <message>
        <source>paid, waiting for the marketplace</source>
        <translation>已收款，待平台确认</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>平台已接单</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>at the station</source>
        <translation>已到站</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Orders of the day</source>
        <translation>当天订单</translation>
    </message>
    <message>
        <source>Orders of a villager</source>
        <translation>某村民的订单</translation>
    </message>
    <message>
        <source>Refunds due</source>
        <translation>应退款</translation>
    </message>
    <message>
        <source>%1 orders on %2</source>
        <translation>%2 共 %1 笔订单</translation>
    </message>
    <message>
        <source>%1 orders of %2</source>
        <translation>%2 共 %1 笔订单</translation>
    </message>
    <message>
        <source>Choose a villager.</source>
        <translation>请选择村民。</translation>
    </message>
    <message>
        <source>%1 refunds due, %2 in all</source>
        <translation>%1 笔待退款，共 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Villager</source>
        <translation>村民</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Give the villager %1 in cash.</source>
        <translation>请付给村民现金 %1。</translation>
    </message>
    <message>
        <source>Voiding an order gives the villager %1 back. A supervisor must approve.</source>
        <translation>作废订单要退还村民 %1，需要站长审批。</translation>
    </message>
    <message>
        <source>Voided. Give the villager %1 back.</source>
        <translation>已作废。请退还村民 %1。</translation>
    </message>
    <message>
        <source>The cancellation goes to the marketplace. If it agrees, the refund shows here as due.</source>
        <translation>取消申请已发往平台。平台同意后，退款会显示为待退款。</translation>
    </message>
</context>
<context>
    <name>cz::gui::OrderPage</name>
    <message>
        <source>For: %1 %2</source>
        <translation>顾客：%1 %2</translation>
    </message>
    <message>
        <source>For: walk-in customer</source>
        <translation>顾客：散客</translation>
    </message>
    <message>
        <source>Nothing found for "%1". The catalog has %2 products.</source>
        <translation>没有找到“%1”。商品库共有 %2 种商品。</translation>
    </message>
    <message>
        <source>The platform wallet has only %1 available: it cannot pay for %2 of goods. Top up the wallet or take fewer items.</source>
        <translation>平台钱包只有 %1 可用，不够支付 %2 的商品。请先给钱包充值，或减少商品。</translation>
    </message>
    <message>
        <source>An order has at most %1 different products.</source>
        <translation>一个订单最多 %1 种商品。</translation>
    </message>
    <message>
        <source>No product with barcode %1 in the catalog.</source>
        <translation>商品库中没有条码为 %1 的商品。</translation>
    </message>
    <message>
        <source>The platform wallet cannot pay for this order now. No cash was taken.</source>
        <translation>平台钱包现在付不起这笔订单，未收取现金。</translation>
    </message>
    <message>
        <source>Sold. Give %1 change. The order goes to the marketplace when the link is up.</source>
        <translation>已成交，请找零 %1。网络通畅时订单会发往平台。</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>暂无图片</translation>
    </message>
    <message>
        <source>%1 per %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Barcode %1</source>
        <translation>条码 %1</translation>
    </message>
</context>
<context>
    <name>cz::gui::OrderText</name>
    <message>
        <source>Cash order receipt</source>
        <translation>代购收据</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>退款收据</translation>
    </message>
    <message>
        <source>Cancelled order — cash returned</source>
        <translation>订单作废 —— 已退现金</translation>
    </message>
    <message>
        <source>Parcel pickup slip</source>
        <translation>包裹取件单</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Received by (signature)</source>
        <translation>取件人签字</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢惠顾</translation>
    </message>
</context>
<context>
    <name>cz::gui::ParcelPage</name>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Villager</source>
        <translation>村民</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到站时间</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Waiting for more than %1 days</source>
        <translation>已等待超过 %1 天</translation>
    </message>
    <message>
        <source>Waiting at the station: %1 (%2 waiting too long) · expected from couriers: %3</source>
        <translation>在站待取：%1 件（%2 件超期）· 快递在途：%3 件</translation>
    </message>
    <message>
        <source>%1 · shelf %2 · %3</source>
        <translation>%1 · 货架 %2 · %3</translation>
    </message>
    <message>
        <source>No parcel waits for that code or phone.</source>
        <translation>没有该取件码或手机号的包裹。</translation>
    </message>
    <message>
        <source>Handed over to %1 from shelf %2.</source>
        <translation>已从货架 %2 取出交给 %1。</translation>
    </message>
    <message>
        <source>A tracking number has 6 to 40 characters.</source>
        <translation>运单号为6到40个字符。</translation>
    </message>
    <message>
        <source>Put it on shelf %1. Pickup code %2.</source>
        <translation>请放到货架 %1，取件码 %2。</translation>
    </message>
    <message>
        <source>Select the parcel that goes back.</source>
        <translation>请选择要退回的包裹。</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>退回寄件方</translation>
    </message>
    <message>
        <source>Why does the parcel go back?</source>
        <translation>为什么退回？</translation>
    </message>
    <message>
        <source>The villager refused it</source>
        <translation>村民拒收</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>包裹破损</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>超期未取</translation>
    </message>
    <message>
        <source>It goes back to the sender. The refund will come with the marketplace's answer.</source>
        <translation>包裹将退回，平台处理后会退款。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsAssistedTab</name>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — 每%3 %2</translation>
    </message>
    <message>
        <source>time</source>
        <translation>次</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Recorded %1; change %2.</source>
        <translation>已记录 %1；找零 %2。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsBillTab</name>
    <message>
        <source>No billers yet: update the list while the station is online.</source>
        <translation>还没有缴费单位：请在联网时更新列表。</translation>
    </message>
    <message>
        <source>The list of billers is up to date.</source>
        <translation>缴费单位列表已是最新。</translation>
    </message>
    <message>
        <source>The account number of this biller has %1 digits.</source>
        <translation>该单位的户号为 %1 位。</translation>
    </message>
    <message>
        <source>The account number of this biller has %1 to %2 digits.</source>
        <translation>该单位的户号为 %1 到 %2 位。</translation>
    </message>
    <message>
        <source>Looking up the bill…</source>
        <translation>正在查询账单…</translation>
    </message>
    <message>
        <source>Check the holder's name with the villager, then take the cash.</source>
        <translation>请与村民核对户主姓名，然后收取现金。</translation>
    </message>
    <message>
        <source>Nothing is due this month. The villager may still pay in advance.</source>
        <translation>本月无欠费。村民仍可预存。</translation>
    </message>
    <message>
        <source>The platform wallet has only %1 available — not enough for %2. Top up the wallet first.</source>
        <translation>平台钱包可用余额仅 %1，不足 %2。请先给钱包充值。</translation>
    </message>
    <message>
        <source>Top up %1 for %2.</source>
        <translation>为 %2 充值 %1。</translation>
    </message>
    <message>
        <source>Pay %1, account %2 (%3, %4).</source>
        <translation>缴纳 %1，户号 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>Phone top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Paid %1; change %2. The receipt says pending until the marketplace confirms. %3</source>
        <translation>已缴 %1；找零 %2。平台确认前，小票显示“处理中”。%3</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsCashDialog</name>
    <message>
        <source>Platform wallet available: %1 → %2 after this payment.</source>
        <translation>平台钱包可用余额：%1 → 本笔后 %2。</translation>
    </message>
    <message>
        <source>Give the villager:</source>
        <translation>退给村民：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The cash received is less than the total of %1.</source>
        <translation>收到的现金少于合计 %1。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsHistoryTab</name>
    <message>
        <source>Today's payments</source>
        <translation>今日缴费</translation>
    </message>
    <message>
        <source>Waiting for the marketplace or a refund</source>
        <translation>等待平台或待退款</translation>
    </message>
    <message>
        <source>Latest 200</source>
        <translation>最近 200 笔</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1：%2 × %3</translation>
    </message>
    <message>
        <source>No payments on %1 yet.</source>
        <translation>%1 还没有缴费记录。</translation>
    </message>
    <message>
        <source>%1 — %2; station's income %3</source>
        <translation>%1 — %2；本站收入 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Passenger %1, ID %2</source>
        <translation>乘客 %1，证件 %2</translation>
    </message>
    <message>
        <source>Wallet available when taken: %1 → %2</source>
        <translation>收款时钱包可用余额：%1 → %2</translation>
    </message>
    <message>
        <source>Railway refund fee %1</source>
        <translation>铁路退票费 %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Give the refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>%1 %2: give the villager the money back and a refund receipt.</source>
        <translation>%1 %2：将钱退还村民并给退款小票。</translation>
    </message>
    <message>
        <source>Refund of %1 given in cash.</source>
        <translation>已现金退款 %1。</translation>
    </message>
    <message>
        <source>Refund the ticket</source>
        <translation>退票</translation>
    </message>
    <message>
        <source>Ask the marketplace to refund %1? The railway keeps a fee that grows as departure gets closer; the rest is given back in cash when the refund arrives. The station's own fee is not refunded.</source>
        <translation>向平台申请退票 %1？铁路按离开车时间收取退票费，越临近越高；其余部分到账后以现金退还。本站手续费不退。</translation>
    </message>
    <message>
        <source>Refund requested. It is paid out here once the marketplace confirms it.</source>
        <translation>已申请退票。平台确认后在此退款。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reference / e-ticket</source>
        <translation>流水号 / 电子客票号</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsPage</name>
    <message>
        <source>Bills &amp;&amp; top-ups (F3)</source>
        <translation>缴费和充值 (F3)</translation>
    </message>
    <message>
        <source>Train tickets (F4)</source>
        <translation>火车票 (F4)</translation>
    </message>
    <message>
        <source>Services (F6)</source>
        <translation>便民服务 (F6)</translation>
    </message>
    <message>
        <source>Payments &amp;&amp; refunds (F7)</source>
        <translation>缴费记录和退款 (F7)</translation>
    </message>
    <message>
        <source>Platform wallet: %1 confirmed · %2 available</source>
        <translation>平台钱包：已确认 %1 · 可用 %2</translation>
    </message>
    <message>
        <source>The wallet is low (below %1). Ask the owner to top it up.</source>
        <translation>钱包余额不足（低于 %1）。请店主充值。</translation>
    </message>
    <message>
        <source>Fees and the price list are changed by a supervisor.</source>
        <translation>手续费和价目表由主管修改。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsSettingsDialog</name>
    <message>
        <source>%1 top-up</source>
        <translation>%1 充值</translation>
    </message>
    <message>
        <source>Train tickets</source>
        <translation>火车票</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>费率 %</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A rate is at most 100 %.</source>
        <translation>费率最高为 100%。</translation>
    </message>
    <message>
        <source>Fee for %1 saved.</source>
        <translation>%1 的手续费已保存。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Check the service: a code of letters and digits, a name, and a price above zero.</source>
        <translation>请检查服务：代码为字母和数字，要有名称，价格大于零。</translation>
    </message>
    <message>
        <source>Service %1 saved.</source>
        <translation>服务 %1 已保存。</translation>
    </message>
    <message>
        <source>The wallet warning is now below %1.</source>
        <translation>钱包提醒现为低于 %1。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsText</name>
    <message>
        <source>Platform wallet available: %1 → %2.</source>
        <translation>平台钱包可用余额：%1 → %2。</translation>
    </message>
    <message>
        <source>The platform wallet has only %1 available. Top up the wallet before taking this payment; no cash was taken.</source>
        <translation>平台钱包可用余额仅 %1。请先给钱包充值；未收取现金。</translation>
    </message>
    <message>
        <source>The fee or price list has just changed. Check the amounts and confirm again.</source>
        <translation>手续费或价目表刚刚变更。请核对金额后再次确认。</translation>
    </message>
    <message>
        <source>Bill payment receipt</source>
        <translation>缴费小票</translation>
    </message>
    <message>
        <source>Phone top-up receipt</source>
        <translation>话费充值小票</translation>
    </message>
    <message>
        <source>Train ticket receipt</source>
        <translation>火车票小票</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>服务小票</translation>
    </message>
    <message>
        <source>Payment confirmation</source>
        <translation>缴费确认单</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>退款收据</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>refund</source>
        <extracomment>After what was refunded: "国网河南省电力公司 退款"</extracomment>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Railway refund fee</source>
        <translation>铁路退票费</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Biller reference</source>
        <translation>缴费流水号</translation>
    </message>
    <message>
        <source>E-ticket no.</source>
        <translation>电子客票号</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>乘客</translation>
    </message>
    <message>
        <source>ID no.</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出发</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席别</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>缴费单号</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>原小票</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>top-up</source>
        <extracomment>After the carrier's name: "中国移动 话费充值"</extracomment>
        <translation>充值</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Phone top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>Train ticket</source>
        <translation>火车票</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>已申请退款</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Wallet top-up</source>
        <translation>钱包充值</translation>
    </message>
    <message>
        <source>Order paid</source>
        <translation>订单付款</translation>
    </message>
    <message>
        <source>Order returned</source>
        <translation>订单退货</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单取消</translation>
    </message>
    <message>
        <source>Order commission</source>
        <translation>订单佣金</translation>
    </message>
    <message>
        <source>Bill or top-up paid</source>
        <translation>缴费或充值支付</translation>
    </message>
    <message>
        <source>Ticket paid</source>
        <translation>火车票支付</translation>
    </message>
    <message>
        <source>Ticket refunded</source>
        <translation>火车票退款</translation>
    </message>
    <message>
        <source>Consignment sale settled</source>
        <translation>代卖销售结算</translation>
    </message>
    <message>
        <source>Not yet at the station</source>
        <translation>本站尚未入账</translation>
    </message>
    <message>
        <source>Not on the marketplace's statement</source>
        <translation>平台对账单上没有</translation>
    </message>
    <message>
        <source>Amounts differ</source>
        <translation>金额不符</translation>
    </message>
    <message>
        <source>Offline — try again when online.</source>
        <translation>离线 — 请联网后再试。</translation>
    </message>
    <message>
        <source>The marketplace connection is not set up yet. A supervisor sets it up on the sync page.</source>
        <translation>尚未设置平台连接。请主管在同步页面设置。</translation>
    </message>
    <message>
        <source>The marketplace refused this station's token. A supervisor should check the connection.</source>
        <translation>平台拒绝了本站的令牌。请主管检查连接。</translation>
    </message>
    <message>
        <source>The biller has no such account. Check the number with the villager.</source>
        <translation>缴费单位没有此户号。请与村民核对。</translation>
    </message>
    <message>
        <source>That account number has the wrong number of digits for this biller.</source>
        <translation>该户号的位数与此缴费单位不符。</translation>
    </message>
    <message>
        <source>Tickets are sold for today and the next 14 days only.</source>
        <translation>只出售今天及之后 14 天的车票。</translation>
    </message>
    <message>
        <source>Choose two different stations from the list.</source>
        <translation>请从列表中选择两个不同的车站。</translation>
    </message>
    <message>
        <source>The marketplace did not accept the request (%1).</source>
        <translation>平台未接受此请求（%1）。</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsTicketTab</name>
    <message>
        <source>Choose two different stations.</source>
        <translation>请选择两个不同的车站。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>No direct train still to leave on that day.</source>
        <translation>当天没有尚未发车的直达车次。</translation>
    </message>
    <message>
        <source>Choose a train and a seat class.</source>
        <translation>请选择车次和席别。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>车次</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出发</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>历时</translation>
    </message>
    <message>
        <source>Seats and fares</source>
        <translation>余票和票价</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>The platform wallet has only %1 available — not enough for this fare. Top up the wallet first.</source>
        <translation>平台钱包可用余额仅 %1，不够付这张票。请先给钱包充值。</translation>
    </message>
    <message>
        <source>That ID card number is not valid. Check it against the card.</source>
        <translation>身份证号无效。请对照证件核对。</translation>
    </message>
    <message>
        <source>%1 %2 → %3, %4 %5, %6, for %7.</source>
        <translation>%1 %2 → %3，%4 %5，%6，乘客 %7。</translation>
    </message>
    <message>
        <source>Book a train ticket</source>
        <translation>订火车票</translation>
    </message>
    <message>
        <source>Booked; change %1. The e-ticket number comes with the marketplace's confirmation. %2</source>
        <translation>已订票；找零 %1。电子客票号随平台确认送达。%2</translation>
    </message>
</context>
<context>
    <name>cz::gui::PaymentsWalletPage</name>
    <message>
        <source>Reserved by orders and payments still pending: %1 · Available: %2</source>
        <translation>待确认订单和缴费占用：%1 · 可用：%2</translation>
    </message>
    <message>
        <source>The available balance is below %1. Ask the owner to top up the wallet.</source>
        <translation>可用余额低于 %1。请店主给钱包充值。</translation>
    </message>
    <message>
        <source>Choose a start on or before the end.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Opening %1 · closing %2</source>
        <translation>期初 %1 · 期末 %2</translation>
    </message>
    <message>
        <source>Fetching the marketplace's statement…</source>
        <translation>正在获取平台对账单…</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Marketplace amount</source>
        <translation>平台金额</translation>
    </message>
    <message>
        <source>Station amount</source>
        <translation>本站金额</translation>
    </message>
    <message>
        <source>Event / entry</source>
        <translation>事件 / 分录</translation>
    </message>
    <message>
        <source> (sync to fetch it)</source>
        <translation>（同步后获取）</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>The wallet agrees with the marketplace: %1, %n movement(s) matched.</source>
        <translation>
            <numerusform>钱包与平台一致：%1，%n 笔变动已核对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s). Marketplace balance %1, station balance %2.</source>
        <translation>
            <numerusform>%n 处差异。平台余额 %1，本站余额 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cz::gui::ProductResultsModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
</context>
<context>
    <name>cz::gui::ReceiptPreviewDialog</name>
    <message>
        <source>Receipt %1 %2</source>
        <translation>收据 %1 %2</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>收据预览</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in Settings.</source>
        <translation>还没有设置小票打印机，请在设置中选择。</translation>
    </message>
    <message>
        <source>This receipt cannot be printed on the receipt printer: its QR code is too long.</source>
        <translation>这张收据的二维码太长，小票打印机无法打印。</translation>
    </message>
    <message>
        <source>Sending to the receipt printer…</source>
        <translation>正在发送到小票打印机…</translation>
    </message>
    <message>
        <source>Sent to the receipt printer.</source>
        <translation>已发送到小票打印机。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>把收据保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF 保存失败：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>cz::gui::ReceiptText</name>
    <message>
        <source>No.</source>
        <extracomment>Printed before the receipt number: "No. 000123"</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>Receipt column: goods name (keep short, 58 mm paper)</extracomment>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Receipt column: quantity with unit (keep short)</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <extracomment>Receipt column: unit price (keep short)</extracomment>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Receipt column: line amount (keep short)</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Pending marketplace confirmation</source>
        <translation>待平台确认</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in Settings.</source>
        <translation>还没有设置小票打印机，请在设置中选择。</translation>
    </message>
    <message>
        <source>The receipt printer was not found. Check that it is plugged in and switched on.</source>
        <translation>找不到小票打印机，请检查是否连接并打开电源。</translation>
    </message>
    <message>
        <source>The receipt printer is not ready. Check that it is switched on.</source>
        <translation>小票打印机未就绪，请检查是否已开机。</translation>
    </message>
    <message>
        <source>This computer account may not use the receipt printer. Ask whoever set up the PC.</source>
        <translation>当前电脑账户无权使用小票打印机，请联系装机人员。</translation>
    </message>
    <message>
        <source>The receipt printer path in Settings is not a printer.</source>
        <translation>设置中的小票打印机路径不是打印机。</translation>
    </message>
    <message>
        <source>The receipt printer did not respond. Check the paper and the cover, then try again.</source>
        <translation>小票打印机没有响应，请检查纸张和机盖后重试。</translation>
    </message>
    <message>
        <source>The receipt printer stopped in the middle of the receipt. Check the paper, then print it again.</source>
        <translation>小票打印机打印到一半停了，请检查纸张后重新打印。</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer.</source>
        <translation>收据无法发送到打印机。</translation>
    </message>
</context>
<context>
    <name>cz::gui::ReportText</name>
    <message>
        <source>X report (day still open)</source>
        <translation>X 报表（营业日未结）</translation>
    </message>
    <message>
        <source>Z report (day closed)</source>
        <translation>Z 报表（日结）</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 笔</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>收入现金</translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Order commissions</source>
        <translation>代购佣金</translation>
    </message>
    <message>
        <source>Consignment commissions</source>
        <translation>代卖佣金</translation>
    </message>
    <message>
        <source>Fees and commissions earned</source>
        <translation>服务费及佣金收入</translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Voided sales (cash returned)</source>
        <translation>作废交易（已退现金）</translation>
    </message>
    <message>
        <source>Farmer payouts (cash)</source>
        <translation>农户结款（现金）</translation>
    </message>
    <message>
        <source>Drawer at the start</source>
        <translation>开始时钱箱</translation>
    </message>
    <message>
        <source>Float and opening difference</source>
        <translation>备用金及开箱差额</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>存入银行</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Suggested to bank</source>
        <translation>建议存银行</translation>
    </message>
    <message>
        <source>Keep as tomorrow's float</source>
        <translation>留作明日备用金</translation>
    </message>
    <message>
        <source>Wallet (station ledger)</source>
        <translation>平台钱包（本站账）</translation>
    </message>
    <message>
        <source>Wallet (marketplace statement)</source>
        <translation>平台钱包（平台对账单）</translation>
    </message>
    <message>
        <source>Wallet difference</source>
        <translation>钱包差额</translation>
    </message>
    <message>
        <source>Marketplace wallet statement not entered.</source>
        <translation>未取得平台钱包对账单。</translation>
    </message>
    <message>
        <source>Orders in transit</source>
        <translation>在途代购订单</translation>
    </message>
    <message>
        <source>Payments in transit</source>
        <translation>在途代缴</translation>
    </message>
    <message>
        <source>Waiting for the marketplace, carried over: %1</source>
        <translation>待平台确认、结转下日：%1 笔</translation>
    </message>
    <message>
        <source>Nothing is waiting for the marketplace.</source>
        <translation>没有待平台确认的操作。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>X report: nothing was changed.</source>
        <translation>X 报表：未做任何更改。</translation>
    </message>
    <message>
        <source>The day is closed and locked.</source>
        <translation>本营业日已结账并锁定。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash by job</source>
        <translation>各业务现金</translation>
    </message>
    <message>
        <source>Income by clerk</source>
        <translation>各店员收入</translation>
    </message>
    <message>
        <source>Income by day</source>
        <translation>每日收入</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Orders by state</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Taobao village</source>
        <translation>淘宝村</translation>
    </message>
    <message>
        <source>Active consignors (12 months)</source>
        <translation>活跃代卖农户（近12个月）</translation>
    </message>
    <message>
        <source>Their sales (12 months)</source>
        <translation>其销售额（近12个月）</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Cash orders (代购)</source>
        <translation>代购</translation>
    </message>
    <message>
        <source>Consignment (代卖)</source>
        <translation>代卖</translation>
    </message>
    <message>
        <source>Bills and tickets (代缴)</source>
        <translation>代缴</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>协助服务</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Platform wallet</source>
        <translation>平台钱包</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting for the marketplace</source>
        <translation>待平台接单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>At the station</source>
        <translation>已到站</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取货</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Wallet reconciled: every line of the marketplace's statement matches the ledger.</source>
        <translation>钱包已对账：平台对账单每一笔都与账本一致。</translation>
    </message>
    <message>
        <source>Wallet reconciled: %1 difference(s) with the marketplace's statement</source>
        <translation>钱包已对账：与平台对账单有 %1 处差异</translation>
    </message>
    <message>
        <source>not yet at the station</source>
        <translation>本站尚未入账</translation>
    </message>
    <message>
        <source>not on the marketplace's statement</source>
        <translation>平台对账单上没有</translation>
    </message>
    <message>
        <source>amounts differ</source>
        <translation>金额不一致</translation>
    </message>
</context>
<context>
    <name>cz::gui::ReportsPage</name>
    <message>
        <source>← Home (Esc)</source>
        <translation>← 首页 (Esc)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>By job</source>
        <translation>按业务</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按店员</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Orders by state</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Taobao village: at least %1 active sellers and ¥10 million of sales a year.</source>
        <translation>淘宝村标准：活跃网商不少于 %1 户，年销售额不少于 1000 万元。</translation>
    </message>
    <message>
        <source>Income by day</source>
        <translation>每日收入</translation>
    </message>
    <message>
        <source>Cash taken by job</source>
        <translation>各业务收入现金</translation>
    </message>
    <message>
        <source>Drawer at the end of each day</source>
        <translation>每日结束时钱箱</translation>
    </message>
    <message>
        <source>Income %1 (service fees %2, order commissions %3, consignment commissions %4) · cash taken %5 · refunds %6 · farmer payouts %7 · over/short %8</source>
        <translation>收入 %1（服务费 %2，代购佣金 %3，代卖佣金 %4）· 收入现金 %5 · 退款 %6 · 农户结款 %7 · 长短款 %8</translation>
    </message>
    <message>
        <source>Active consignors in the last 12 months: %1 of %2</source>
        <translation>近12个月活跃代卖农户：%1 / %2</translation>
    </message>
    <message>
        <source>Their sales in the last 12 months: %1 of %2</source>
        <translation>近12个月其销售额：%1 / %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>收入现金</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货款</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>导出报表为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cz::gui::SettingsPage</name>
    <message>
        <source>Only a supervisor can change this.</source>
        <translation>只有站长可以修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unknown time zone "%1".</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>Cash difference limit: %1</source>
        <translation>现金差额限额：%1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>用户已添加。</translation>
    </message>
    <message>
        <source>Select the user to unlock.</source>
        <translation>请选择要解锁的用户。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
    <message>
        <source>Unlocking a user needs a supervisor.</source>
        <translation>解锁用户需要站长审批。</translation>
    </message>
    <message>
        <source>Float to keep: %1</source>
        <translation>留存备用金：%1</translation>
    </message>
    <message>
        <source>Float to keep: at most ¥100,000.</source>
        <translation>留存备用金：最多 ¥100,000。</translation>
    </message>
</context>
<context>
    <name>cz::gui::StatusStrip</name>
    <message>
        <source>Day %1 still open — close it</source>
        <translation>营业日 %1 尚未日结，请关账</translation>
    </message>
    <message>
        <source>Day open: %1</source>
        <translation>营业中：%1</translation>
    </message>
    <message>
        <source>Day not open</source>
        <translation>未开账</translation>
    </message>
    <message>
        <source>Drawer %1</source>
        <translation>钱箱 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Wallet %1</source>
        <translation>钱包 %1</translation>
    </message>
    <message>
        <source>Wallet %1 (available %2)</source>
        <translation>钱包 %1（可用 %2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接平台</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 项待发送</translation>
    </message>
    <message>
        <source> · %1 need attention</source>
        <translation> · %1 项需处理</translation>
    </message>
</context>
<context>
    <name>cz::gui::SupervisorDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>站长审批</translation>
    </message>
    <message>
        <source>This station has no supervisor.</source>
        <translation>本站没有站长。</translation>
    </message>
</context>
<context>
    <name>cz::gui::SyncPage</name>
    <message>
        <source>waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>已发送，未收到回复</translation>
    </message>
    <message>
        <source>received by the marketplace</source>
        <translation>平台已接收</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Cash order</source>
        <translation>代购订单</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not connected to a marketplace yet. A supervisor enters the address and token under Connection.</source>
        <translation>尚未连接平台。请站长在“连接设置”中填写地址和令牌。</translation>
    </message>
    <message>
        <source>Online. Last sync %1.</source>
        <translation>在线。上次同步 %1。</translation>
    </message>
    <message>
        <source>Offline: %1. Everything is kept and will be sent when the link is back.</source>
        <translation>离线：%1。所有数据都已保存，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 waiting, %2 need attention.</source>
        <translation>%1 项待发送，%2 项需处理。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>等待发送（%1）</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>需要处理（%1）</translation>
    </message>
    <message>
        <source>Only a supervisor can change this.</source>
        <translation>只有站长可以修改。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>set (%1) — type to replace</source>
        <translation>已设置（%1）—— 输入新令牌可替换</translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation>连接已保存。</translation>
    </message>
    <message>
        <source>Select a problem first.</source>
        <translation>请先选择一个问题。</translation>
    </message>
</context>
<context>
    <name>cz::gui::TenderDialog</name>
    <message>
        <source>Take cash</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>That is less than the %1 to pay.</source>
        <translation>少于应付的 %1。</translation>
    </message>
</context>
<context>
    <name>cz::gui::Text</name>
    <message>
        <source>That input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Your role may not do this. Ask a supervisor.</source>
        <translation>您的角色无权操作，请找站长。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>密码错误，还可以再试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs, until %1. A supervisor can unlock it.</source>
        <translation>密码错误次数过多，已锁定至 %1。站长可以解锁。</translation>
    </message>
    <message>
        <source>This user is locked. A supervisor can unlock it.</source>
        <translation>该用户已被锁定。站长可以解锁。</translation>
    </message>
    <message>
        <source>This user has been deactivated.</source>
        <translation>该用户已停用。</translation>
    </message>
    <message>
        <source>No business day is open. Open the day on the cash page first.</source>
        <translation>尚未开账。请先在日结页面开账。</translation>
    </message>
    <message>
        <source>A business day is already open.</source>
        <translation>已有营业日处于开账状态。</translation>
    </message>
    <message>
        <source>That business day is closed; nothing can be added to it.</source>
        <translation>该营业日已关账，不能再记账。</translation>
    </message>
    <message>
        <source>Please write a reason.</source>
        <translation>请填写事由。</translation>
    </message>
    <message>
        <source>A supervisor must approve this.</source>
        <translation>此操作需要站长审批。</translation>
    </message>
    <message>
        <source>The drawer does not hold that much cash.</source>
        <translation>钱箱里没有这么多现金。</translation>
    </message>
    <message>
        <source>The platform wallet does not have enough money available.</source>
        <translation>平台钱包可用余额不足。</translation>
    </message>
    <message>
        <source>This operation was already recorded with different details.</source>
        <translation>此操作已按不同内容记录过。</translation>
    </message>
    <message>
        <source>That conflicts with what is already recorded.</source>
        <translation>与已记录的内容冲突。</translation>
    </message>
    <message>
        <source>The station database could not be written. Nothing was saved.</source>
        <translation>无法写入服务站数据库，未保存任何内容。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Platform wallet</source>
        <translation>平台钱包</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Marketplace receivable</source>
        <translation>平台应收款</translation>
    </message>
    <message>
        <source>Orders in transit</source>
        <translation>在途代购款</translation>
    </message>
    <message>
        <source>Services in transit</source>
        <translation>在途代缴款</translation>
    </message>
    <message>
        <source>Farmer payables</source>
        <translation>应付农户款</translation>
    </message>
    <message>
        <source>Refunds due</source>
        <translation>应退款</translation>
    </message>
    <message>
        <source>Owner's equity</source>
        <translation>站长投入</translation>
    </message>
    <message>
        <source>Service fee income</source>
        <translation>服务费收入</translation>
    </message>
    <message>
        <source>Order commission income</source>
        <translation>代购佣金收入</translation>
    </message>
    <message>
        <source>Consignment commission income</source>
        <translation>代卖佣金收入</translation>
    </message>
    <message>
        <source>Cash over/short</source>
        <translation>现金长短款</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>开账备用金</translation>
    </message>
    <message>
        <source>Difference at opening</source>
        <translation>开账差额</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>存银行</translation>
    </message>
    <message>
        <source>Difference at close</source>
        <translation>日结差额</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Only digits and one decimal point, please.</source>
        <translation>只能输入数字和一个小数点。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>At most two digits after the point (fen).</source>
        <translation>小数点后最多两位（分）。</translation>
    </message>
    <message>
        <source>Thousands separators are in the wrong place.</source>
        <translation>千位分隔符位置不对。</translation>
    </message>
    <message>
        <source>That amount is far too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Cash order</source>
        <translation>代购订单</translation>
    </message>
    <message>
        <source>Order paid from the wallet</source>
        <translation>订单由钱包支付</translation>
    </message>
    <message>
        <source>Order rejected: refund due</source>
        <translation>订单被拒：待退款</translation>
    </message>
    <message>
        <source>Order returned: refund due</source>
        <translation>订单退回：待退款</translation>
    </message>
    <message>
        <source>Order cancelled: refund due</source>
        <translation>订单取消：待退款</translation>
    </message>
    <message>
        <source>Order voided</source>
        <translation>订单作废</translation>
    </message>
    <message>
        <source>Order commission</source>
        <translation>订单佣金</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Wallet top-up</source>
        <translation>钱包充值</translation>
    </message>
    <message>
        <source>Consignment sale</source>
        <translation>代卖销售</translation>
    </message>
    <message>
        <source>Consignment settlement</source>
        <translation>代卖结算</translation>
    </message>
    <message>
        <source>Farmer payout</source>
        <translation>农户付款</translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Phone top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>Train ticket</source>
        <translation>火车票</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>便民服务</translation>
    </message>
    <message>
        <source>Payment refund paid</source>
        <translation>代缴退款</translation>
    </message>
</context>
<context>
    <name>cz::gui::Units</name>
    <message>
        <source>pc</source>
        <translation>个</translation>
    </message>
    <message>
        <source>box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>case</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>瓶</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>包</translation>
    </message>
    <message>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>双</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>barrel</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>jar</source>
        <translation>罐</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>捆</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>jin</source>
        <translation>斤</translation>
    </message>
    <message>
        <source>dozen</source>
        <translation>打</translation>
    </message>
</context>
<context>
    <name>cz::gui::WalletStatementModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
</TS>
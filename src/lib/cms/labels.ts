// What staff read in the CMS: a Vietnamese label for every field (with the field's name in the
// file, which the build's error messages use), hints where a rule is not obvious, and names for the
// closed lists. Looked up most specific first: "<collection>.<path>", then "<path>", then the last
// two names of the path, then the field's own name. Inside a cost table or a zone's costs,
// "costs.<path>" (the path from the table, or from the zone's costs) comes right after
// "<collection>.<path>", and "costs.<name>" right before the field's own name, so a rate's
// provenance fields read as such. A unit test fails when a schema field has no label here.
import vi from '../../i18n/vi.json' with { type: 'json' };
import { BAND_DAYS, CEILINGS, TIME_BANDS, VOLTAGE_LEVELS, WAGE_LEVELS, WAGE_REGIONS } from '../estimate.ts';
import { CHART_KINDS, INVESTMENT_FORMS, LEASE_UNITS, LEGAL_ISSUERS, LEGAL_STATUSES, LEGAL_TOPICS, LEGAL_TYPES, PROJECT_STATUSES, ZONE_KINDS } from '../vocab.ts';
import { chainOf, language, LOCALES, SOURCE } from '../languages.ts';
import { PAGE_MENUS } from '../schema.ts';

export interface FieldText {
  label: string;
  hint?: string;
  /** Several lines of text: a text area rather than a one-line input. */
  long?: boolean;
}

const ID_HINT = 'Chữ thường không dấu, nối bằng dấu gạch ngang (ví dụ: nha-may-dien-rac). Là địa chỉ trang ở cả hai ngôn ngữ.';
const NEW_ID_HINT = 'Tạo tự động từ tên tiếng Việt khi lưu lần đầu (đ thành d, bỏ dấu) và không đổi sau đó, vì là địa chỉ trang ở cả hai ngôn ngữ.';
const DATE_HINT = 'Ngày theo dạng năm-tháng-ngày.';
const ITEM_ID_HINT = 'Chữ thường không dấu, nối bằng dấu gạch ngang, không trùng trong bảng. Giữ nguyên mã đã có: dữ liệu mở về chi phí dùng mã này.';

const vietnameseName = (code: string) => new Intl.DisplayNames(['vi'], { type: 'language' }).of(code) ?? language(code).name;
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The sub-field of one language in a localized text: its name in Vietnamese, and for a
 * translation what its page shows while it is empty. */
export function languageFieldText(code: string): FieldText {
  if (code === SOURCE) return { label: vietnameseName(code) };
  const chain = chainOf(code).slice(1).map((l) => lower(vietnameseName(l)));
  const shown = chain.length > 1 ? `${chain[0]} (hoặc ${chain.slice(1).join(', ')})` : chain[0];
  return {
    label: vietnameseName(code),
    hint: `Để trống nếu chưa dịch: trang ${lower(vietnameseName(code))} sẽ hiện bản ${shown} kèm ghi chú, và báo cáo **npm run status** liệt kê chỗ còn thiếu.`,
  };
}

export const FIELD_TEXT: Record<string, FieldText> = {
  // Each language of one text (content/languages.json)
  ...Object.fromEntries(LOCALES.map((code) => [code, languageFieldText(code)])),

  // Shared by several kinds of record
  id: { label: 'Mã định danh', hint: NEW_ID_HINT },
  name: { label: 'Tên' },
  title: { label: 'Tiêu đề' },
  summary: { label: 'Tóm tắt', long: true },
  order: { label: 'Thứ tự hiển thị', hint: 'Số nhỏ đứng trước.' },
  asOf: { label: 'Số liệu tính đến ngày', hint: 'Ngày của số liệu mới nhất trong bản ghi; hiện cạnh số liệu trên trang. ' + DATE_HINT },
  sources: { label: 'Nguồn', hint: 'Mỗi số liệu cần ít nhất một nguồn công khai.' },
  'sources.title': { label: 'Tên nguồn' },
  'sources.publisher': { label: 'Đơn vị công bố' },
  'sources.url': { label: 'Đường dẫn', hint: 'Bắt đầu bằng https:// hoặc http://' },
  'sources.date': { label: 'Ngày công bố (hoặc ngày truy cập)', hint: DATE_HINT },
  source: { label: 'Nguồn' },
  'source.title': { label: 'Tên nguồn' },
  'source.publisher': { label: 'Đơn vị công bố' },
  'source.url': { label: 'Đường dẫn', hint: 'Bắt đầu bằng https:// hoặc http://' },
  'source.date': { label: 'Ngày công bố (hoặc ngày truy cập)', hint: DATE_HINT },
  illustrative: { label: 'Có giá trị minh họa', hint: 'Bật khi có giá trị chưa có nguồn công khai; trang sẽ ghi rõ và hiện ghi chú bên dưới.' },
  illustrativeNote: { label: 'Ghi chú về giá trị minh họa', hint: 'Giá trị nào là minh họa, giá trị nào lấy từ nguồn.', long: true },
  contact: { label: 'Đầu mối liên hệ' },
  photo: { label: 'Ảnh', hint: 'Một ảnh chụp, hiện ở đầu trang và làm ảnh khi chia sẻ trang lên mạng xã hội.' },
  photos: { label: 'Ảnh', hint: 'Tối đa 6 ảnh; ảnh đầu tiên hiện ở đầu trang và làm ảnh khi chia sẻ trang.' },
  image: { label: 'Ảnh đầu bài', hint: 'Hiện dưới tiêu đề và làm ảnh khi chia sẻ trang. Bản dịch dùng cùng tệp ảnh với bản tiếng Việt, với mô tả và chú thích bằng ngôn ngữ của mình.' },
  src: { label: 'Tệp ảnh', hint: 'JPEG, PNG, WebP hoặc AVIF, tối đa 30 MB và 12.000 điểm ảnh mỗi chiều (không nhận SVG). Ảnh được tự động thu nhỏ cho điện thoại và máy tính; tệp gốc có trên trang Báo chí.' },
  alt: { label: 'Mô tả ảnh (cho người không xem được ảnh)', hint: 'Một câu nói ảnh cho thấy gì, ví dụ: “Đoàn doanh nghiệp Nhật Bản thăm nhà xưởng tại VSIP 1”. Bắt buộc bằng tiếng Việt và tiếng Anh.' },
  caption: { label: 'Chú thích', hint: 'Không bắt buộc; hiện dưới ảnh.' },
  credit: { label: 'Tác giả ảnh', hint: 'Người chụp hoặc đơn vị giữ quyền, ví dụ: Sở Công Thương. Chỉ đăng ảnh đơn vị có quyền sử dụng.' },
  'photo.date': { label: 'Ngày chụp', hint: DATE_HINT },
  'photos.date': { label: 'Ngày chụp', hint: DATE_HINT },
  'image.date': { label: 'Ngày chụp', hint: DATE_HINT },
  'contact.name': { label: 'Họ tên hoặc bộ phận' },
  role: { label: 'Chức vụ' },
  email: { label: 'Thư điện tử' },
  phone: { label: 'Điện thoại', hint: 'Ví dụ: +84 274 000 0000' },
  district: { label: 'Huyện, thị xã, thành phố' },
  sectors: { label: 'Lĩnh vực liên quan' },
  zones: { label: 'Khu công nghiệp liên quan' },
  unit: { label: 'Đơn vị' },
  currency: { label: 'Tiền tệ' },

  // site.json
  'site.name': { label: 'Tên cơ quan' },
  shortName: { label: 'Tên viết tắt' },
  parent: { label: 'Cơ quan chủ quản' },
  address: { label: 'Địa chỉ' },
  fax: { label: 'Số fax' },
  hours: { label: 'Giờ làm việc' },
  'site.url': { label: 'Địa chỉ trang web', hint: 'Địa chỉ công khai của trang, ví dụ https://dautu.example.gov.vn' },
  exchangeRate: { label: 'Tỷ giá USD/VND', hint: 'Dùng để quy đổi vốn và giá thuê trên mọi trang.' },
  usdToVnd: { label: '1 USD bằng (đồng)' },
  'exchangeRate.date': { label: 'Ngày áp dụng', hint: DATE_HINT },
  'exchangeRate.illustrative': { label: 'Tỷ giá minh họa', hint: 'Tắt khi đã nhập tỷ giá trung tâm của Ngân hàng Nhà nước kèm ngày.' },
  dataLicence: { label: 'Giấy phép dữ liệu mở' },
  'dataLicence.url': { label: 'Đường dẫn giấy phép' },
  pressContact: { label: 'Đầu mối báo chí' },
  notices: { label: 'Thông báo trên mọi trang' },
  'notices.id': { label: 'Mã thông báo', hint: ID_HINT.replace(' Là địa chỉ trang ở cả hai ngôn ngữ.', '') },
  'notices.date': { label: 'Ngày thông báo', hint: DATE_HINT },
  'notices.body': { label: 'Nội dung', long: true },
  link: { label: 'Trang giải thích thêm', hint: 'Chọn trong các trang thông tin. Trang đang được liên kết tới không xóa được: lần dựng sẽ dừng và chỉ ra chỗ liên kết.' },
  guides: { label: 'Trang hướng dẫn ở trang chủ', hint: 'Các trang thông tin hiện trong mục “Hướng dẫn cho nhà đầu tư” của trang chủ, theo thứ tự này.' },

  // tags.json
  tags: { label: 'Chủ đề' },
  'tags.tags': { label: 'Chủ đề tin tức', hint: 'Mỗi chủ đề có một trang danh sách tin ở cả hai ngôn ngữ.' },
  'tags.id': { label: 'Mã chủ đề', hint: ID_HINT.replace('Là địa chỉ trang', 'Là địa chỉ trang danh sách') },
  'tags.label': { label: 'Tên chủ đề' },

  // Sectors
  'sectors.name': { label: 'Tên lĩnh vực' },
  keyFigures: { label: 'Số liệu nổi bật', hint: 'Những con số “vì sao nên đầu tư” ở đầu trang lĩnh vực, mỗi số có nguồn.' },
  'keyFigures.label': { label: 'Nội dung số liệu' },
  'keyFigures.value': { label: 'Giá trị' },
  'keyFigures.asOf': { label: 'Tính đến ngày', hint: DATE_HINT },
  'sectors.sources': { label: 'Nguồn khác' },

  // Zones
  'zones.name': { label: 'Tên khu' },
  kind: { label: 'Loại hình' },
  'zones.location': { label: 'Vị trí' },
  lat: { label: 'Vĩ độ', hint: 'Ví dụ 10.93' },
  lon: { label: 'Kinh độ', hint: 'Ví dụ 106.71' },
  developer: { label: 'Chủ đầu tư hạ tầng' },
  established: { label: 'Năm thành lập', hint: 'YYYY, YYYY-MM hoặc YYYY-MM-DD.' },
  area: { label: 'Diện tích' },
  total: { label: 'Tổng diện tích (ha)' },
  industrial: { label: 'Đất công nghiệp (ha)' },
  occupancyPercent: { label: 'Tỷ lệ lấp đầy (%)', hint: 'Điền tỷ lệ lấp đầy hoặc diện tích đã cho thuê (ít nhất một).' },
  leasedArea: { label: 'Diện tích đã cho thuê (ha)' },
  availableLand: { label: 'Đất còn trống (ha)' },
  leasePrice: { label: 'Giá thuê đất' },
  min: { label: 'Thấp nhất' },
  max: { label: 'Cao nhất', hint: 'Không nhỏ hơn giá thấp nhất.' },
  'leasePrice.unit': { label: 'Đơn vị tính' },
  infrastructure: { label: 'Hạ tầng', long: true },
  distances: { label: 'Khoảng cách (km đường bộ)' },
  portKm: { label: 'Đến cảng' },
  airportKm: { label: 'Đến sân bay' },
  cityCentreKm: { label: 'Đến trung tâm thành phố' },
  targetSectors: { label: 'Lĩnh vực thu hút' },
  tenants: { label: 'Doanh nghiệp đang hoạt động' },

  // Projects
  code: { label: 'Mã dự án', hint: 'Ví dụ BD-2026-001; không trùng với dự án khác.' },
  'projects.title': { label: 'Tên dự án' },
  sector: { label: 'Lĩnh vực' },
  zone: { label: 'Khu công nghiệp', hint: 'Chọn khu công nghiệp, hoặc để trống và điền Địa điểm.' },
  'projects.location': { label: 'Địa điểm (ngoài khu công nghiệp)', long: true },
  form: { label: 'Hình thức đầu tư' },
  capital: { label: 'Vốn đầu tư', hint: 'Ghi theo đơn vị tiền gốc; trang tự quy đổi VND/USD theo tỷ giá.' },
  amount: { label: 'Số tiền', hint: 'Chỉ ghi số, không có dấu chấm phân cách.' },
  landArea: { label: 'Diện tích đất (ha)' },
  status: { label: 'Tình trạng' },
  highTech: { label: 'Dự án công nghệ cao' },
  green: { label: 'Dự án xanh' },
  incentives: { label: 'Ưu đãi đầu tư', long: true },

  // Datasets
  'datasets.title': { label: 'Tên bộ số liệu' },
  'datasets.order': { label: 'Thứ tự trên trang Số liệu', hint: 'Bộ số liệu có thứ tự nhỏ nhất cũng hiện trên trang chủ.' },
  'datasets.unit': { label: 'Đơn vị số liệu' },
  chart: { label: 'Kiểu biểu đồ' },
  'datasets.summary': { label: 'Biểu đồ cho thấy gì', hint: 'Một đến ba câu, đọc được khi không nhìn thấy biểu đồ.', long: true },
  categoryLabel: { label: 'Tên của hạng mục (ví dụ: Năm)' },
  series: { label: 'Chuỗi số liệu', hint: 'Mọi chuỗi có cùng các hạng mục, theo cùng thứ tự. Biểu đồ tròn chỉ có một chuỗi.' },
  'series.label': { label: 'Tên chuỗi' },
  points: { label: 'Giá trị theo hạng mục' },
  x: { label: 'Hạng mục (ví dụ: 2024)' },
  'points.label': { label: 'Tên hạng mục hiển thị' },
  y: { label: 'Giá trị' },
  note: { label: 'Ghi chú' },

  // News
  'news.date': { label: 'Ngày giờ đăng', hint: 'Chọn một thời điểm trong tương lai để đăng theo lịch: bài không xuất hiện ở đâu trên trang web trước giờ đó, và được đăng trong vòng một giờ sau đó.' },
  author: { label: 'Tác giả' },
  'news.unit': { label: 'Đơn vị' },
  'news.summary': { label: 'Tóm tắt', hint: 'Hiện trong danh sách tin, kết quả tìm kiếm và RSS.', long: true },
  'news.tags': { label: 'Chủ đề' },
  'news.sectors': { label: 'Lĩnh vực' },
  originalUrl: { label: 'Đường dẫn bản gốc', hint: 'Với bản dịch: nơi bài gốc đã đăng (nếu có).' },
  translator: { label: 'Người dịch' },
  body: { label: 'Nội dung' },

  // Standing pages
  description: { label: 'Mô tả ngắn', hint: 'Một hai câu; hiện trong kết quả tìm kiếm.', long: true },
  slug: { label: 'Đoạn địa chỉ của trang', hint: 'Chữ thường không dấu, nối bằng gạch ngang, riêng cho từng ngôn ngữ (ví dụ: gioi-thieu / about).' },
  'pages.order': { label: 'Thứ tự trong trình đơn', hint: 'Số nhỏ đứng trước, trong trình đơn chính và ở chân trang. Bản dịch dùng thứ tự của bản tiếng Việt.' },
  menu: {
    label: 'Vị trí liên kết',
    hint: '“Trình đơn chính”: ở đầu mọi trang (và ở chân trang); “Chân trang”: chỉ ở chân trang; “Không hiện”: chỉ đến được qua liên kết từ trang khác. Bản dịch dùng lựa chọn của bản tiếng Việt.',
  },
  updated: { label: 'Ngày cập nhật', hint: DATE_HINT },
  cites: { label: 'Văn bản pháp luật trang dựa vào', hint: 'Chọn trong sổ văn bản; hiện thành mục “Căn cứ pháp lý” cuối trang. Bản dịch dùng danh sách của bản tiếng Việt.' },
  shows: { label: 'Nội dung kèm theo', hint: 'Để trống, hoặc chọn “Các bước thủ tục” để hiện các bước trong mục Thủ tục đầu tư (Thông tin chung) sau nội dung trang.' },

  // Legal documents
  'legal.id': { label: 'Mã định danh', hint: 'Tạo tự động từ số hiệu khi lưu lần đầu (ví dụ 143-2025-qh15) và không đổi sau đó: các dự án, trang và bảng giá trích dẫn văn bản bằng mã này, và đây là địa chỉ trang của văn bản.' },
  'legal.title': { label: 'Tên văn bản (trích yếu)' },
  number: { label: 'Số hiệu', hint: 'Đúng như văn bản ghi, ví dụ: 143/2025/QH15, 31/2021/NĐ-CP.' },
  'legal.type': { label: 'Loại văn bản' },
  issuer: { label: 'Cơ quan ban hành' },
  signed: { label: 'Ngày ký', hint: DATE_HINT },
  inForce: { label: 'Ngày có hiệu lực', hint: 'Để trống nếu chưa có nguồn xác nhận.' },
  'legal.status': { label: 'Tình trạng hiệu lực', hint: '“Đã được sửa đổi” cần chọn văn bản sửa đổi; “Đã bị thay thế” cần chọn văn bản thay thế. Mọi nơi trích dẫn văn bản đã bị thay thế hoặc hết hiệu lực được liệt kê trong npm run status.' },
  amendedBy: { label: 'Văn bản sửa đổi' },
  replacedBy: { label: 'Văn bản thay thế' },
  statusNote: { label: 'Ghi chú về hiệu lực', long: true },
  url: { label: 'Đường dẫn văn bản chính thức', hint: 'Ưu tiên vbpl.vn, vanban.chinhphu.vn hoặc cổng thông tin của cơ quan ban hành.' },
  'legal.summary': { label: 'Tóm tắt', hint: 'Một đến ba câu: văn bản quy định gì, vì sao nhà đầu tư cần biết.', long: true },
  topics: { label: 'Lĩnh vực' },
  'legal.secondaryOnly': { label: 'Chỉ có nguồn thứ cấp', hint: 'Bật khi số hiệu, ngày hoặc tình trạng mới chỉ thấy ở công ty luật, báo chí; trang sẽ ghi rõ.' },
  'legal.asOf': { label: 'Ngày kiểm tra', hint: 'Ngày Sở đối chiếu số hiệu, ngày và tình trạng hiệu lực với nguồn lần gần nhất. ' + DATE_HINT },
  secondaryOnly: { label: 'Chỉ có nguồn thứ cấp', hint: 'Bật khi thông tin mới chỉ thấy ở nguồn thứ cấp (công ty luật, báo chí), chưa thấy trong văn bản gốc; trang sẽ ghi rõ.' },
  legalBasis: { label: 'Căn cứ pháp lý', hint: 'Chọn các văn bản trong sổ văn bản pháp luật (mục Văn bản pháp luật).' },

  // The procedure (settings)
  intro: { label: 'Lời dẫn', long: true },
  steps: { label: 'Các bước' },
  'steps.title': { label: 'Tên bước' },
  'procedure.asOf': { label: 'Ngày kiểm tra', hint: 'Ngày Sở đối chiếu các bước với văn bản đang có hiệu lực lần gần nhất. ' + DATE_HINT },
  'procedure.steps.id': { label: 'Mã bước', hint: ID_HINT.replace('Là địa chỉ trang ở cả hai ngôn ngữ.', 'Dùng làm neo liên kết đến bước.') },
  when: { label: 'Áp dụng khi', hint: 'Để trống nếu bước nào cũng phải làm.' },
  agency: { label: 'Cơ quan giải quyết' },
  days: { label: 'Thời hạn (ngày làm việc)', hint: 'Theo văn bản đang có hiệu lực; để trống nếu chưa xác nhận.' },
  daysNote: { label: 'Ghi chú về thời hạn' },
  fee: { label: 'Phí, lệ phí' },
  documents: { label: 'Hồ sơ chính' },
  basis: { label: 'Căn cứ pháp lý', hint: 'Chọn các văn bản trong sổ văn bản pháp luật.' },

  // The rates of the cost estimator (content/costs/*.json and each zone's costs): what every table
  // and every rate with its own source says about where it comes from.
  'costs.title': { label: 'Tên bảng' },
  'costs.sources': { label: 'Nguồn', hint: 'Ít nhất một nguồn công khai, trừ khi bật “Giá trị minh họa”.' },
  'costs.basis': { label: 'Căn cứ pháp lý', hint: 'Chọn trong sổ văn bản pháp luật các văn bản quy định mức này; để trống nếu không văn bản nào quy định.' },
  'costs.asOf': { label: 'Ngày kiểm tra', hint: 'Ngày Sở đối chiếu mức này với nguồn lần gần nhất; hiện cạnh mức giá trên trang. ' + DATE_HINT },
  'costs.effective': { label: 'Ngày bắt đầu áp dụng', hint: 'Theo nguồn, nếu nguồn có ghi. ' + DATE_HINT },
  'costs.illustrative': { label: 'Giá trị minh họa', hint: 'Bật khi chưa có nguồn công khai nào cho mức này (khi đó có thể để trống Nguồn); trang ghi rõ là giá trị minh họa.' },
  'costs.secondaryOnly': { label: 'Chỉ có nguồn thứ cấp', hint: 'Bật khi mức này mới chỉ thấy ở báo chí, công ty luật hoặc trang trích lại, chưa thấy trong văn bản gốc; trang sẽ ghi rõ.' },
  'costs.unconfirmed': { label: 'Chưa xác nhận cho thời điểm áp dụng', hint: 'Bật khi nguồn chưa xác nhận mức này cho thời kỳ đang dùng (ví dụ chỉ nói về năm trước); ghi điều còn thiếu vào Ghi chú.' },
  'costs.note': { label: 'Ghi chú', hint: 'Nói rõ điều còn thiếu hoặc chưa xác nhận; hiện cạnh mức giá trên trang.' },
  'costs.label': { label: 'Tên hiển thị' },
  'costs.id': { label: 'Mã', hint: ITEM_ID_HINT },
  region: { label: 'Vùng' },

  // content/costs/minimum-wage.json
  regions: { label: 'Lương tối thiểu theo vùng', hint: 'Mỗi vùng I, II, III, IV đúng một dòng.' },
  'regions.monthly': { label: 'Mức lương tháng (đồng)' },
  'regions.hourly': { label: 'Mức lương giờ (đồng)' },

  // content/costs/contributions.json
  items: { label: 'Các khoản đóng', hint: 'Bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, kinh phí công đoàn: tỷ lệ phần trăm trên tiền lương đóng.' },
  'items.id': { label: 'Mã khoản đóng', hint: ITEM_ID_HINT },
  'items.label': { label: 'Tên khoản đóng' },
  'items.basis': { label: 'Căn cứ pháp lý', hint: 'Để trống nếu giống căn cứ của cả bảng (cuối bảng).' },
  employer: { label: 'Người sử dụng lao động đóng (%)' },
  employee: { label: 'Người lao động đóng (%)' },
  ceiling: { label: 'Mức trần tiền lương đóng', hint: 'Mức trần áp dụng cho khoản này; các mức trần ghi ở mục Mức trần tiền lương đóng bên dưới.' },
  ceilings: { label: 'Mức trần tiền lương đóng' },
  'ceilings.si-hi': { label: 'Trần đóng bảo hiểm xã hội, bảo hiểm y tế', hint: 'Bằng một số lần mức lương cơ sở.' },
  'ceilings.ui': { label: 'Trần đóng bảo hiểm thất nghiệp', hint: 'Bằng một số lần lương tối thiểu vùng.' },
  multiple: { label: 'Số lần mức tham chiếu', hint: 'Ví dụ 20: trần bằng 20 lần mức lương cơ sở (BHXH, BHYT) hoặc 20 lần lương tối thiểu vùng (BHTN).' },
  baseSalary: { label: 'Mức lương cơ sở', hint: 'Theo thứ tự thời gian, không chồng lấn: mỗi mức sau mức đầu cần ngày bắt đầu, và mức liền trước cần ngày kết thúc trước ngày đó.' },
  'baseSalary.amount': { label: 'Mức lương cơ sở (đồng/tháng)', hint: 'Chỉ ghi số, không có dấu chấm phân cách.' },
  'baseSalary.from': { label: 'Áp dụng từ ngày', hint: 'Có thể để trống ở mức đầu tiên. ' + DATE_HINT },
  'baseSalary.until': { label: 'Áp dụng đến hết ngày', hint: 'Để trống ở mức đang áp dụng. ' + DATE_HINT },
  'baseSalary.note': { label: 'Ghi chú', hint: 'Hiện làm tên của mức này trong dữ liệu mở; nói rõ thời kỳ và điều chưa xác nhận.' },

  // content/costs/electricity.json
  bandLabels: { label: 'Tên ba khung giờ', hint: 'Tên hiện trên trang cho giờ bình thường, giờ thấp điểm và giờ cao điểm.' },
  'bandLabels.normal': { label: 'Giờ bình thường' },
  'bandLabels.offPeak': { label: 'Giờ thấp điểm' },
  'bandLabels.peak': { label: 'Giờ cao điểm' },
  tariffs: { label: 'Giá điện theo cấp điện áp', hint: 'Mỗi cấp điện áp đúng một dòng. Giá giờ thấp điểm không cao hơn giá giờ bình thường; giá giờ cao điểm không thấp hơn.' },
  voltage: { label: 'Cấp điện áp' },
  'tariffs.label': { label: 'Tên cấp điện áp hiển thị' },
  'tariffs.normal': { label: 'Giờ bình thường (đồng/kWh)' },
  'tariffs.offPeak': { label: 'Giờ thấp điểm (đồng/kWh)' },
  'tariffs.peak': { label: 'Giờ cao điểm (đồng/kWh)' },
  timeBands: { label: 'Khung giờ', hint: 'Giờ của từng khung trong tuần; thêm một bộ mới khi khung giờ được thay đổi. Mỗi giờ trong tuần thuộc đúng một khung.' },
  'timeBands.id': { label: 'Mã bộ khung giờ', hint: ITEM_ID_HINT },
  'timeBands.label': { label: 'Tên bộ khung giờ', hint: 'Ví dụ: Khung giờ theo Quyết định số 963/QĐ-BCT.' },
  periods: { label: 'Các khoảng giờ', hint: 'Khoảng có giờ kết thúc trước giờ bắt đầu là khoảng qua nửa đêm (ví dụ 22:00 đến 04:00).' },
  band: { label: 'Khung giờ' },
  'periods.days': { label: 'Ngày áp dụng' },
  'periods.from': { label: 'Từ (giờ:phút)' },
  'periods.to': { label: 'Đến (giờ:phút)', hint: 'Khác giờ bắt đầu; 24:00 là hết ngày.' },

  // content/costs/water.json
  supplier: { label: 'Đơn vị cấp nước' },
  prices: { label: 'Giá nước', hint: 'Các mức giá đơn vị cấp nước công bố cho sản xuất, kinh doanh.' },
  'prices.id': { label: 'Mã mức giá', hint: ITEM_ID_HINT },
  'prices.label': { label: 'Tên mức giá' },
  price: { label: 'Giá (đồng/m³)' },

  // content/costs/wages.json
  levels: { label: 'Mức lương theo vị trí', hint: 'Mỗi vị trí đúng một dòng, mỗi dòng có nguồn riêng. Có dòng là giá trị minh họa thì bật “Giá trị minh họa” cho cả bảng.' },
  level: { label: 'Vị trí' },
  'levels.label': { label: 'Tên vị trí hiển thị' },
  'levels.monthly': { label: 'Lương tháng (đồng)', hint: 'Thấp nhất và cao nhất; ghi cùng một số cho cả hai nếu nguồn chỉ nêu một mức. Để trống nếu chưa có nguồn công khai, và bật “Giá trị minh họa”.' },
  'monthly.min': { label: 'Thấp nhất' },
  'monthly.max': { label: 'Cao nhất', hint: 'Không nhỏ hơn mức thấp nhất.' },
  'levels.period': { label: 'Thời kỳ của số liệu', hint: 'Ví dụ: quý 1/2023, năm 2018.' },

  // A zone's costs (content/zones/*.json)
  'zones.costs': { label: 'Chi phí vận hành (cho công cụ ước tính chi phí)', hint: 'Vùng lương tối thiểu, phí quản lý và giá xử lý nước thải của khu; mỗi mức ghi nguồn và ngày kiểm tra.' },
  wageRegion: { label: 'Vùng lương tối thiểu', hint: 'Vùng của khu theo nghị định về lương tối thiểu: dùng cho mức lương sàn và mức trần đóng bảo hiểm thất nghiệp.' },
  managementFee: { label: 'Phí quản lý (duy tu hạ tầng)', hint: 'Phí chủ đầu tư hạ tầng thu trên mỗi m² đất thuê mỗi năm.' },
  'managementFee.min': { label: 'Thấp nhất (mỗi m² mỗi năm)' },
  'managementFee.max': { label: 'Cao nhất (mỗi m² mỗi năm)', hint: 'Không nhỏ hơn mức thấp nhất; bằng mức thấp nhất nếu chỉ có một mức.' },
  'managementFee.unit': { label: 'Đơn vị tính' },
  wastewater: { label: 'Giá xử lý nước thải', hint: 'Giá trên mỗi m³ nước thải.' },
  'wastewater.min': { label: 'Thấp nhất (mỗi m³)' },
  'wastewater.max': { label: 'Cao nhất (mỗi m³)', hint: 'Không nhỏ hơn mức thấp nhất; bằng mức thấp nhất nếu chỉ có một mức.' },
  'wastewater.unit': { label: 'Đơn vị tính' },
};

export const COLLECTION_TEXT = {
  projects: { label: 'Dự án kêu gọi đầu tư', singular: 'dự án', description: 'Mỗi dự án có trang riêng bằng hai thứ tiếng, trong danh sách dự án và dữ liệu mở.' },
  zones: { label: 'Khu công nghiệp', singular: 'khu công nghiệp', description: 'Hồ sơ khu công nghiệp: diện tích, đất trống, giá thuê, khoảng cách, đầu mối liên hệ.' },
  sectors: { label: 'Lĩnh vực ưu tiên', singular: 'lĩnh vực', description: 'Các lĩnh vực thu hút đầu tư, mỗi lĩnh vực có số liệu nổi bật kèm nguồn.' },
  datasets: { label: 'Số liệu và biểu đồ', singular: 'bộ số liệu', description: 'Số liệu theo thời gian, vẽ thành biểu đồ trên trang Số liệu và các trang liên quan.' },
  news: { label: 'Tin tức', singular: 'tin', description: 'Tin bằng tiếng Việt và bản dịch tiếng Anh, soạn song song.' },
  pages: { label: 'Trang thông tin', singular: 'trang', description: 'Giới thiệu, thủ tục, ưu đãi, lao động, liên hệ, tuyên bố tiếp cận, chính sách riêng tư…: thêm, đổi tên, sắp xếp, chọn vị trí trong trình đơn hoặc xóa trang.' },
  settings: {
    label: 'Thông tin chung',
    singular: 'thông tin chung',
    description: 'Thông tin cơ quan, các bước thủ tục đầu tư, chủ đề tin tức và các bảng giá của công cụ ước tính chi phí: lương tối thiểu vùng, các khoản đóng bảo hiểm, giá điện, giá nước, mức lương theo vị trí.',
  },
  site: { label: 'Thông tin cơ quan', singular: 'thông tin cơ quan', description: 'Tên, địa chỉ, liên hệ, tỷ giá, giấy phép dữ liệu, thông báo.' },
  tags: { label: 'Chủ đề tin tức', singular: 'chủ đề', description: 'Các chủ đề gắn với tin tức.' },
  legal: { label: 'Văn bản pháp luật', singular: 'văn bản', description: 'Sổ văn bản mà trang dựa vào: số hiệu, ngày, tình trạng hiệu lực; dự án, trang thông tin và bảng chi phí trích dẫn theo mã.' },
  procedure: { label: 'Thủ tục đầu tư (các bước)', singular: 'thủ tục', description: 'Các bước từ ý tưởng đến vận hành: cơ quan, thời hạn, phí, hồ sơ, căn cứ pháp lý.' },
  // The rate tables of the cost estimator (content/costs/), files of the settings collection.
  'minimum-wage': { label: 'Bảng giá: Lương tối thiểu vùng', singular: 'bảng giá', description: 'Lương tối thiểu tháng và giờ của từng vùng I–IV.' },
  contributions: { label: 'Bảng giá: Các khoản đóng bảo hiểm', singular: 'bảng giá', description: 'Tỷ lệ đóng BHXH, BHYT, BHTN, kinh phí công đoàn; mức trần; mức lương cơ sở.' },
  electricity: { label: 'Bảng giá: Giá điện cho sản xuất', singular: 'bảng giá', description: 'Giá điện theo cấp điện áp và khung giờ.' },
  water: { label: 'Bảng giá: Giá nước', singular: 'bảng giá', description: 'Giá nước cho sản xuất của đơn vị cấp nước.' },
  wages: { label: 'Bảng giá: Mức lương theo vị trí', singular: 'bảng giá', description: 'Mức lương tham khảo của công nhân, kỹ thuật viên, kỹ sư, quản lý.' },
} as const;

const t = (key: string): string => {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], vi);
  if (typeof v !== 'string') throw new Error(`src/i18n/vi.json has no "${key}"`);
  return v;
};

const CHART_LABELS: Record<(typeof CHART_KINDS)[number], string> = {
  bar: 'Cột',
  line: 'Đường',
  'stacked-bar': 'Cột chồng',
  doughnut: 'Tròn (một chuỗi)',
};
const REGION_LABELS: Record<(typeof WAGE_REGIONS)[number], string> = { I: 'Vùng I', II: 'Vùng II', III: 'Vùng III', IV: 'Vùng IV' };
const LEVEL_LABELS: Record<(typeof WAGE_LEVELS)[number], string> = { worker: 'Công nhân', technician: 'Kỹ thuật viên', engineer: 'Kỹ sư', manager: 'Quản lý' };
const VOLTAGE_LABELS: Record<(typeof VOLTAGE_LEVELS)[number], string> = {
  'from-110kv': 'Từ 110 kV trở lên',
  '22-110kv': 'Từ 22 kV đến dưới 110 kV',
  '6-22kv': 'Từ 6 kV đến dưới 22 kV',
  'under-6kv': 'Dưới 6 kV',
};
const BAND_LABELS: Record<(typeof TIME_BANDS)[number], string> = { normal: 'Giờ bình thường', offPeak: 'Giờ thấp điểm', peak: 'Giờ cao điểm' };
const DAY_LABELS: Record<(typeof BAND_DAYS)[number], string> = { 'mon-sat': 'Thứ Hai đến Thứ Bảy', sun: 'Chủ nhật', 'every-day': 'Mọi ngày trong tuần' };
const CEILING_LABELS: Record<(typeof CEILINGS)[number], string> = {
  'si-hi': 'Trần BHXH, BHYT (theo mức lương cơ sở)',
  ui: 'Trần BHTN (theo lương tối thiểu vùng)',
  none: 'Không có mức trần',
};
/** The fixed unit of a zone's management fee and wastewater price. */
const UNIT_LABELS: Record<string, string> = { 'm2-year': 'mỗi m² mỗi năm', m3: 'mỗi m³' };
const MENU_LABELS: Record<(typeof PAGE_MENUS)[number], string> = { main: 'Trình đơn chính', footer: 'Chân trang', none: 'Không hiện' };

/** Names for the values of the closed lists, shown in the CMS's selects. */
export function optionLabel(values: readonly string[], value: string): string {
  const is = (list: readonly string[]) => list === values || (list.length === values.length && list.every((v, i) => v === values[i]));
  if (is(ZONE_KINDS)) return t(`zones.kind.${value}`);
  if (is(INVESTMENT_FORMS)) return t(`projects.forms.${value}`);
  if (is(PROJECT_STATUSES)) return t(`projects.statuses.${value}`);
  if (is(LEASE_UNITS)) return `${value}: ${t(`zones.leaseUnit.${value}`).replace(/^\//, '').replace('m²/', 'mỗi m² mỗi ').replace('m² cả', 'mỗi m² cả')}`;
  if (is(CHART_KINDS)) return CHART_LABELS[value as (typeof CHART_KINDS)[number]];
  if (is(LEGAL_TYPES)) return t(`legal.types.${value}`);
  if (is(LEGAL_ISSUERS)) return t(`legal.issuers.${value}`);
  if (is(LEGAL_STATUSES)) return t(`legal.statuses.${value}`);
  if (is(LEGAL_TOPICS)) return t(`legal.topics.${value}`);
  if (is(WAGE_REGIONS)) return REGION_LABELS[value as (typeof WAGE_REGIONS)[number]];
  if (is(WAGE_LEVELS)) return LEVEL_LABELS[value as (typeof WAGE_LEVELS)[number]];
  if (is(VOLTAGE_LEVELS)) return VOLTAGE_LABELS[value as (typeof VOLTAGE_LEVELS)[number]];
  if (is(TIME_BANDS)) return BAND_LABELS[value as (typeof TIME_BANDS)[number]];
  if (is(BAND_DAYS)) return DAY_LABELS[value as (typeof BAND_DAYS)[number]];
  if (is(CEILINGS)) return CEILING_LABELS[value as (typeof CEILINGS)[number]];
  if (values.length === 1 && UNIT_LABELS[value]) return UNIT_LABELS[value]!;
  if (values.length === 1 && value === 'procedure') return 'Các bước thủ tục';
  if (is(PAGE_MENUS)) return MENU_LABELS[value as (typeof PAGE_MENUS)[number]];
  return value; // currency codes and the like read the same in both languages
}

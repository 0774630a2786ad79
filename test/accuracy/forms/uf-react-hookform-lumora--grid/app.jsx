// Another posting of the Lumora Energy apply flow: same app, the job's data comes from the page.
import '../uf-react-hookform-lumora/app.jsx';

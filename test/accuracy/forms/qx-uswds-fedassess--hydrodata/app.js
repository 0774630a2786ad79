// The announcement's page script: the portal's shared application script.
import '../qx-uswds-fedassess/apply.js';

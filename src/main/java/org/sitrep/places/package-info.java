/** Places: toponyms recognised in an article and resolved to GeoNames points with a precision and a role. */
package org.sitrep.places;

package english_test

import (
	"fmt"

	"github.com/wortlaut/wortlaut/entity/english"
)

func ExampleRecognize() {
	for _, e := range english.Recognize("Jack Ma met Donald Trump in New York on Monday.") {
		fmt.Println(e.Type, e.Name)
	}
	// Output:
	// PER Jack Ma
	// PER Donald Trump
	// LOC New York
}
